using System;
using System.Linq;
using System.Text.Json.Nodes;
using FluentAssertions;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Poortwachter.Changes;
using Xunit;
using static Poortwachter.Json.Tests.Support.Schemas;

namespace Poortwachter.Json.Tests;

/// <summary>
/// The change set's JSON (docs/contract.md, "Change sets (output)"): its shape, the schema, and the texts in the language
/// asked for. The case: sick from Monday 6 January 2025; the new version recovered on 20 Feb and fell sick again on 10 Mar
/// 2025, 17 fit days (samentelling, WIA art. 23 lid 2): the plan van aanpak (day 56) moves from 2 Mar to 19 Mar 2025.
/// </summary>
public sealed class ChangeSetJsonTests
{
    private static readonly Lazy<global::Json.Schema.JsonSchema> ChangeSetSchema = new(() => Load("change-set.schema.json"));

    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    private static ChangeSet Relapse()
    {
        var engine = new PoortwachterEngine();
        var before = SicknessCase.Builder("J-1", D(2025, 1, 6)).Build();
        var now = SicknessCase.Builder("J-1", D(2025, 1, 6)).SickUntil(D(2025, 2, 20)).SickAgainFrom(D(2025, 3, 10)).Build();
        return AssessmentChanges.Between(engine.Assess(before, D(2025, 3, 12)), engine.Assess(now, D(2025, 3, 12)), before, now);
    }

    [Theory]
    [InlineData(TextLanguage.English)]
    [InlineData(TextLanguage.Dutch)]
    public void A_change_set_validates_against_its_schema(TextLanguage language)
    {
        var json = ChangeSetJson.Write(Relapse(), language);

        ShouldBeValid(ChangeSetSchema.Value, json, "the relapse's change set");
    }

    [Fact]
    public void The_fields_of_a_moved_obligation_and_a_case_fact()
    {
        var root = JsonNode.Parse(ChangeSetJson.Write(Relapse()))!;

        (
            root["caseId"]!.GetValue<string>(),
            root["previousAsOf"]!.GetValue<string>(),
            root["case"]!.GetValue<string>(),
            root["language"]!.GetValue<string>()
        )
            .Should()
            .Be(("J-1", "2025-03-12", "changed", "en"));
        var plan = root["changes"]!.AsArray().Single(c => c!["kind"]!.GetValue<string>() == "plan-van-aanpak")!;
        plan["subject"]!.GetValue<string>().Should().Be("obligation");
        plan["what"]!.AsArray().Select(w => w!.GetValue<string>()).Should().Equal("moved", "status-changed");
        (plan["previousDate"]!.GetValue<string>(), plan["currentDate"]!.GetValue<string>(), plan["daysMoved"]!.GetValue<int>())
            .Should()
            .Be(("2025-03-02", "2025-03-19", 17));
        (plan["previousStatus"]!.GetValue<string>(), plan["currentStatus"]!.GetValue<string>()).Should().Be(("overdue", "open"));
        plan["summary"]!.GetValue<string>().Should().StartWith("plan van aanpak 17 days later, now open (was overdue): ");
        plan["reason"]!.GetValue<string>().Should().Contain("\nBefore: ").And.Contain("\nNow: ");
        plan.AsObject().ContainsKey("sequence").Should().BeFalse("a one-off obligation has no sequence");

        var added = root["caseFacts"]!.AsArray()[1]!;
        (
            added["fact"]!.GetValue<string>(),
            added["change"]!.GetValue<string>(),
            added["date"]!.GetValue<string>(),
            added["currentValue"]!.GetValue<string>()
        )
            .Should()
            .Be(("sickness-period", "added", "2025-03-10", "open"));
        added["description"]!.GetValue<string>().Should().Be("sickness period from 2025-03-10 added (samentelling)");
    }

    [Fact]
    public void The_texts_are_in_the_language_asked_for_and_nothing_else_changes()
    {
        var set = Relapse();
        var english = JsonNode.Parse(ChangeSetJson.Write(set, TextLanguage.English))!;
        var dutch = JsonNode.Parse(ChangeSetJson.Write(set, TextLanguage.Dutch))!;

        dutch["language"]!.GetValue<string>().Should().Be("nl");
        dutch["caseFacts"]![1]!["description"]!
            .GetValue<string>()
            .Should()
            .Be("ziekteperiode vanaf 10 maart 2025 toegevoegd (samentelling)");
        var plan = dutch["changes"]!.AsArray().Single(c => c!["kind"]!.GetValue<string>() == "plan-van-aanpak")!;
        plan["summary"]!.GetValue<string>().Should().StartWith("plan van aanpak 17 dagen later, nu open (was te laat): ");
        plan["reason"]!.GetValue<string>().Should().Contain("\nEerder: ").And.Contain("\nNu: ");
        foreach (var node in new[] { english, dutch })
        {
            foreach (var change in node["changes"]!.AsArray())
            {
                change!.AsObject().Remove("summary");
                change.AsObject().Remove("reason");
            }

            foreach (var fact in node["caseFacts"]!.AsArray())
            {
                fact!.AsObject().Remove("description");
            }

            node.AsObject().Remove("language");
        }

        dutch.ToJsonString().Should().Be(english.ToJsonString());
    }

    [Fact]
    public void A_new_and_a_vanished_case_validate()
    {
        var a = new PoortwachterEngine().Assess(SicknessCase.Builder("J-2", D(2025, 1, 6)).Build(), D(2025, 1, 20));

        var started = JsonNode.Parse(ChangeSetJson.Write(AssessmentChanges.Between(null, a)))!;
        var vanished = JsonNode.Parse(ChangeSetJson.Write(AssessmentChanges.Between(a, null), TextLanguage.Dutch))!;

        ShouldBeValid(ChangeSetSchema.Value, started.ToJsonString(), "a new case");
        ShouldBeValid(ChangeSetSchema.Value, vanished.ToJsonString(), "a vanished case");
        (started["case"]!.GetValue<string>(), started["previousAsOf"]).Should().Be(("new", (JsonNode?)null));
        (vanished["case"]!.GetValue<string>(), vanished["asOf"]).Should().Be(("vanished", (JsonNode?)null));
    }
}
