using System;
using System.Linq;
using System.Reflection;
using FluentAssertions;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Xunit;

namespace Poortwachter.Tests.PublicApi;

/// <summary>
/// The former names <c>WarningKinds</c> and <c>EventTypes</c> (renamed to <see cref="WarningCodes"/> and
/// <see cref="EventCodes"/> in 0.4) still give a host every constant, with the same value, and say where it went.
/// </summary>
public sealed class RenamedCodesTests
{
#pragma warning disable CS0618 // the test reads the obsolete forwarders on purpose
    private static readonly Type OldWarnings = typeof(WarningKinds);
    private static readonly Type OldEvents = typeof(EventTypes);
#pragma warning restore CS0618

    [Theory]
    [InlineData("warnings")]
    [InlineData("events")]
    public void The_old_name_has_every_constant_of_the_new_with_the_same_value(string which)
    {
        var (old, renamed) = which == "warnings" ? (OldWarnings, typeof(WarningCodes)) : (OldEvents, typeof(EventCodes));

        Constants(old).Should().Equal(Constants(renamed));
        old.GetCustomAttribute<ObsoleteAttribute>()!.Message.Should().Contain(renamed.Name);
    }

    [Fact]
    public void The_old_members_that_are_not_constants_give_the_same_answers()
    {
#pragma warning disable CS0618
        WarningKinds
            .Label(WarningKinds.Overdue, TextLanguage.Dutch)
            .Should()
            .Be(WarningCodes.Label(WarningCodes.Overdue, TextLanguage.Dutch))
            .And.Be("te laat");
        EventTypes.DeviableObligations.Should().Equal(EventCodes.DeviableObligations);
#pragma warning restore CS0618
    }

    private static (string Name, string Value)[] Constants(Type type) =>
        type.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (f.Name, (string)f.GetRawConstantValue()!))
            .OrderBy(c => c.Name, StringComparer.Ordinal)
            .ToArray();
}
