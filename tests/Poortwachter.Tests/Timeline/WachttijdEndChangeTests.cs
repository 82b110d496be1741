using System;
using System.Threading;
using System.Threading.Tasks;
using FluentAssertions;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Timeline;
using Xunit;

namespace Poortwachter.Tests.Timeline;

/// <summary>The public pieces of the end of the wachttijd and of the lazily built texts.</summary>
public sealed class WachttijdEndChangeTests
{
    private static readonly LegalSource Wia24 = new(Laws.Wia, "24", "1");
    private static readonly LocalDate NewEnd = new(2027, 3, 7);

    [Fact]
    public void A_change_keeps_its_explanation_and_says_what_it_does()
    {
        var change = new WachttijdEndChange("verlenging", NewEnd, true, Wia24, "Extended to 2027-03-07 by UWV.");

        change.Explanation.Should().Be("Extended to 2027-03-07 by UWV.");
        change.ToString().Should().Be("verlenging: last day 2027-03-07");
        change.MovesReferenceEnd.Should().BeTrue();
    }

    [Fact]
    public void A_change_without_an_explanation_has_an_empty_one()
    {
        new WachttijdEndChange("verlenging", NewEnd, true, Wia24, (string)null!).Explanation.Should().BeEmpty();
        new WachttijdEndChange("verlenging", NewEnd, true, Wia24, () => null!).Explanation.Should().BeEmpty();
    }

    [Fact]
    public void A_change_refuses_a_missing_code_source_or_builder_by_name()
    {
        var noCode = () => new WachttijdEndChange(null!, NewEnd, false, Wia24, "x");
        var noSource = () => new WachttijdEndChange("x", NewEnd, false, null!, "x");
        var noBuilder = () => new WachttijdEndChange("x", NewEnd, false, Wia24, (Func<string>)null!);

        noCode.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("code");
        noSource.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("legalBasis");
        noBuilder.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("explanation");
    }

    [Fact]
    public void The_contract_codes_of_the_wachttijd_states()
    {
        WachttijdStates.Code(WachttijdState.Running).Should().Be("running");
        WachttijdStates.Code(WachttijdState.Interrupted).Should().Be("interrupted");
        WachttijdStates.Code(WachttijdState.EndedRecovered).Should().Be("ended-recovered");
        WachttijdStates.Code(WachttijdState.Ended).Should().Be("ended");
    }

    [Fact]
    public void Two_readers_that_both_build_a_lazy_message_get_the_same_instance()
    {
        // The barrier holds each builder until both have built their own (equal, but distinct) text, so both
        // readers race to publish: the loser must return the winner's instance.
        using var bothBuilt = new Barrier(2);
        var warning = new Warning(
            WarningCodes.Overdue,
            Severity.High,
            () =>
            {
                _ = bothBuilt.SignalAndWait(TimeSpan.FromSeconds(10));
                return string.Join(" ", "Probleemanalyse", "is", "overdue.");
            }
        );

        var read = new string[2];
        var readers = new[] { new Thread(() => read[0] = warning.Message), new Thread(() => read[1] = warning.Message) };
        foreach (var reader in readers)
        {
            reader.Start();
        }

        foreach (var reader in readers)
        {
            reader.Join();
        }

        read[0].Should().Be("Probleemanalyse is overdue.");
        read[1].Should().BeSameAs(read[0]);
        warning.Message.Should().BeSameAs(read[0], "later readers get the cached text");
    }

    [Fact]
    public void Many_readers_of_a_lazy_explanation_get_the_same_instance()
    {
        var change = new WachttijdEndChange("verlenging", NewEnd, true, Wia24, () => string.Join(" ", "Extended", "to", "2027-03-07."));
        var texts = new string[8];

        Parallel.For(0, texts.Length, i => texts[i] = change.Explanation);

        texts.Should().AllBeEquivalentTo("Extended to 2027-03-07.");
        texts.Should().OnlyContain(t => ReferenceEquals(t, texts[0]));
    }
}
