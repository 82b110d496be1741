using System.Linq;
using FluentAssertions;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Poortwachter.Timeline;

namespace Poortwachter.Tests.Rules.Wvp2013;

/// <summary>
/// What the Dutch text tests share. A derivation that names a counted day embeds the clock's own explanation of it
/// (<see cref="CountedDayText"/>, tested with the clock): the tests write that part through it, in Dutch, and every other
/// word by hand. An obligation's explanation ends with the engine's reason for its status (tested with the engine), so
/// those tests assert the derivation in full as the start of the explanation, followed by a space.
/// </summary>
public abstract class DutchTextTestBase : RuleTestBase
{
    protected const TextLanguage Nl = TextLanguage.Dutch;

    /// <summary>The clock's Dutch explanation of a counted day of a case, as a derivation embeds it.</summary>
    protected static string CountedDay(SicknessCase @case, LocalDate asOf, int countedDay)
    {
        var text = new TextBuffer(Nl, 256);
        CountedDayText.Write(text, WachttijdClock.Create(@case, asOf), countedDay, asOf);
        return text.ToString();
    }

    /// <summary>Asserts that the Dutch explanation of an obligation is the derivation, then the reason for its status.</summary>
    protected static void DerivationIs(Obligation obligation, string derivation)
    {
        var dutch = obligation.ExplanationIn(Nl);
        dutch.Should().StartWith(derivation);
        dutch.Length.Should().BeGreaterThan(derivation.Length);
        dutch[derivation.Length].Should().Be(' ');
        obligation.ExplanationIn(TextLanguage.English).Should().Be(obligation.Explanation);
    }

    protected static Warning OnlyWarning(Assessment a, string kind) => a.Warnings.Should().ContainSingle(w => w.Kind == kind).Subject;

    protected static Obligation Nth(Assessment a, string kind, int sequence) =>
        a.Obligations.Should().ContainSingle(o => o.Kind == kind && o.Sequence == sequence).Subject;
}
