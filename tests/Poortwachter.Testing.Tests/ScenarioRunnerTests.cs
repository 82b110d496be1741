using System;
using System.IO;
using NodaTime;
using Poortwachter.Testing;
using Xunit;

namespace Poortwachter.Testing.Tests;

/// <summary>The runner: what a wrong scenario says, what the format refuses, refused cases, case files and options.</summary>
public sealed class ScenarioRunnerTests
{
    // The example case of the contract: sick 2025-01-06 to 2025-02-20 and again from 2025-03-10, Wazo leave
    // 2025-05-01 to 2025-08-20, a deviation moving the plan van aanpak to 2025-03-10.
    private const string Case = """
        {
          "caseId": "C-1042",
          "firstSickDay": "2025-01-06",
          "sickness": [ { "from": "2025-01-06", "until": "2025-02-20" }, { "from": "2025-03-10" } ],
          "leave": [ { "kind": "zwangerschap-bevalling", "from": "2025-05-01", "until": "2025-08-20" } ],
          "events": [
            { "type": "probleemanalyse", "on": "2025-02-10" },
            { "type": "plan-van-aanpak", "on": "2025-02-20" },
            { "type": "evaluatie", "on": "2025-04-01" },
            { "type": "afwijking", "on": "2025-02-12", "obligation": "plan-van-aanpak", "dueBy": "2025-03-10", "reason": "bedrijfsarts met vakantie" },
            { "type": "evaluatie", "on": "2025-05-15" }
          ]
        }
        """;

    private static string Scenario(string expect, string extra = "") =>
        $$"""
            {
              "scenario": "contract-example",
              "title": "The contract's example case",
              "asOf": "2025-06-01",
              {{extra}}
              "case": {{Case}},
              "expect": {{expect}}
            }
            """;

    [Fact]
    public void A_wrong_fact_fails_naming_the_file_the_fact_both_values_and_the_derivation()
    {
        var scenario = Testing.Scenario.Parse(
            Scenario(
                """
                {
                  "wachttijd": { "lastDay": "2027-01-03", "countedDays": 98 },
                  "obligations": [ { "kind": "plan-van-aanpak", "dueBy": "2025-02-24", "status": "fulfilled" } ]
                }
                """
            ),
            "wrong.scenario.json"
        );

        var result = scenario.Run();
        var e = Assert.Throws<ScenarioFailedException>(() => scenario.Verify());

        Assert.False(result.Passed);
        Assert.Equal(4, result.FactsChecked);
        Assert.Equal(2, result.Failures.Count);
        Assert.Contains(Path.GetFullPath("wrong.scenario.json"), e.Message, StringComparison.Ordinal);
        Assert.Contains("2 of 4 fact(s) failed", e.Message, StringComparison.Ordinal);
        var lastDay = result.Failures[0];
        Assert.Equal("expect.wachttijd.lastDay", lastDay.Fact);
        Assert.Equal("\"2027-01-03\"", lastDay.Expected);
        Assert.Equal("\"2027-05-12\"", lastDay.Actual);
        Assert.Contains("counted day 728", lastDay.Explanation, StringComparison.Ordinal);
        var plan = result.Failures[1];
        Assert.Equal("expect.obligations[0] (plan-van-aanpak #1).dueBy", plan.Fact);
        Assert.Equal("\"2025-02-24\"", plan.Expected);
        Assert.Equal("\"2025-03-10\"", plan.Actual);
        Assert.Contains("reasoned deviation", plan.Explanation, StringComparison.Ordinal);
        Assert.Contains("expect.obligations[0] (plan-van-aanpak #1).dueBy", e.Message, StringComparison.Ordinal);
        Assert.Contains("engine:", e.Message, StringComparison.Ordinal);
        Assert.Equal(result.Failures[0].Fact, e.Failures[0].Fact);
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "failure-example.txt"), e.Message);
    }

    [Fact]
    public void A_right_scenario_passes_and_says_how_many_facts_it_checked()
    {
        var result = Testing
            .Scenario.Parse(
                Scenario(
                    """
                    {
                      "wachttijd": { "state": "running", "countedDays": 98, "week": 14, "lastDay": "2027-05-12", "wiaStart": "2027-05-13",
                                     "statutoryLastDay": "2027-05-12", "lastDayOpen": false, "extensions": [] },
                      "obligations": [
                        { "kind": "plan-van-aanpak", "sequence": 1, "dueBy": "2025-03-10", "status": "fulfilled", "fulfilledOn": "2025-02-20" },
                        { "kind": "evaluatie", "sequence": 2, "fulfilledOn": "2025-05-15" }
                      ],
                      "absentObligations": [ "ziek-uit-dienst-melding" ],
                      "milestones": [ { "kind": "einde-wachttijd", "on": "2027-05-12" } ],
                      "warnings": [ { "kind": "deviation-applied", "obligation": "plan-van-aanpak", "sequence": 1, "severity": "info" } ],
                      "absentWarnings": [ { "kind": "overdue" } ]
                    }
                    """
                )
            )
            .Run();

        Assert.True(result.Passed, result.ToString());
        Assert.Equal(16, result.FactsChecked);
        Assert.Contains("passed, 16 fact(s) checked", result.ToString(), StringComparison.Ordinal);
        Assert.NotNull(result.Assessment);
        Assert.Contains("\"caseId\": \"C-1042\"", result.AssessmentJson, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_kind_of_fact_can_fail()
    {
        var result = Testing
            .Scenario.Parse(
                Scenario(
                    """
                    {
                      "wachttijd": { "extensions": [ { "code": "verlenging" } ] },
                      "obligations": [
                        { "kind": "plan-van-aanpk" },
                        { "kind": "evaluatie", "sequence": 9 },
                        { "kind": "probleemanalyse", "dueBy": null }
                      ],
                      "absentObligations": [ "plan-van-aanpak" ],
                      "milestones": [ { "kind": "einde-wachtijd" }, { "kind": "wia-start", "on": "2027-05-14" } ],
                      "warnings": [ { "kind": "overdue", "obligation": "plan-van-aanpak" } ],
                      "absentWarnings": [ { "kind": "deviation-applied" } ]
                    }
                    """
                )
            )
            .Run();

        var facts = Array.ConvertAll([.. result.Failures], f => f.Fact);
        Assert.Equal(
            [
                "expect.wachttijd.extensions",
                "expect.obligations[0] (plan-van-aanpk #1)",
                "expect.obligations[1] (evaluatie #9)",
                "expect.obligations[2] (probleemanalyse #1).dueBy",
                "expect.absentObligations[0] (plan-van-aanpak)",
                "expect.milestones[0] (einde-wachtijd)",
                "expect.milestones[1] (wia-start).on",
                "expect.warnings[0] (overdue plan-van-aanpak)",
                "expect.absentWarnings[0] (deviation-applied)",
            ],
            facts
        );
        Assert.Contains("Did you mean 'plan-van-aanpak'?", result.Failures[1].Actual, StringComparison.Ordinal);
        Assert.Contains("sequences present: 1, 2", result.Failures[2].Actual, StringComparison.Ordinal);
        Assert.Contains("Did you mean 'einde-wachttijd'?", result.Failures[5].Actual, StringComparison.Ordinal);
        Assert.Equal("\"2027-05-13\"", result.Failures[6].Actual);
        Assert.Contains("deviation-applied plan-van-aanpak [info]", result.Failures[7].Actual, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"expct\": {}", "$.expct: unknown field. Did you mean 'expect'?")]
    [InlineData("\"asOf\": \"2025-02-30\"", "$.asOf:")]
    [InlineData("\"title\": \"\"", "$.title: a non-empty string is required.")]
    [InlineData("\"scenario\": \"Not Kebab\"", "$.scenario: 'Not Kebab' is not a kebab-case id")]
    [InlineData(
        "\"options\": { \"evaluatieIntervalDayz\": 28 }",
        "$.options.evaluatieIntervalDayz: unknown engine option. Did you mean 'evaluatieIntervalDays'?"
    )]
    [InlineData("\"options\": { \"dueSoonDays\": \"x\" }", "$.options.dueSoonDays: a whole number is required for DueSoonDays")]
    [InlineData("\"options\": { \"leaveInGap\": \"sideways\" }", "$.options.leaveInGap: one of literal, neutral is required")]
    [InlineData("\"caseFile\": \"x.json\"", "$.caseFile: give either case or caseFile, not both.")]
    [InlineData(
        "\"expect\": { \"obligations\": [ { \"kind\": \"evaluatie\", \"dueby\": \"2025-01-01\" } ] }",
        "$.expect.obligations[0].dueby: unknown field. Did you mean 'dueBy'?"
    )]
    [InlineData("\"expect\": { \"obligations\": [ { \"dueBy\": \"2025-01-01\" } ] }", "$.expect.obligations[0].kind: required.")]
    [InlineData(
        "\"expect\": { \"obligations\": [ { \"kind\": \"evaluatie\", \"sequence\": 0 } ] }",
        "$.expect.obligations[0].sequence: a sequence is 1 or more"
    )]
    [InlineData("\"expect\": { \"milestones\": [ { \"kind\": \"x\", \"on\": \"someday\" } ] }", "$.expect.milestones[0].on:")]
    [InlineData(
        "\"expect\": { \"wachttijd\": { \"countedDays\": \"98\" } }",
        "$.expect.wachttijd.countedDays: a whole number is required."
    )]
    [InlineData(
        "\"expect\": { \"problems\": [ { \"path\": \"$\" } ], \"obligations\": [] }",
        "$.expect.problems: a refused case has no assessment"
    )]
    [InlineData("\"expect\": {}", "$.expect: lists no fact to check.")]
    [InlineData("\"case\": [ 1 ]", "$.case: the case is a JSON object")]
    public void The_format_refuses_what_it_does_not_know(string field, string problem)
    {
        var name = field.Substring(1, field.IndexOf('"', 1) - 1);
        var fields = new System.Collections.Generic.Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["scenario"] = "\"scenario\": \"s\"",
            ["title"] = "\"title\": \"t\"",
            ["asOf"] = "\"asOf\": \"2025-06-01\"",
            ["case"] = "\"case\": { \"caseId\": \"C\", \"firstSickDay\": \"2025-01-06\" }",
            ["expect"] = "\"expect\": { \"wachttijd\": { \"state\": \"running\" } }",
        };
        fields[name] = field;
        var json = "{" + string.Join(",", fields.Values) + "}";

        var e = Assert.Throws<ScenarioFormatException>(() => Testing.Scenario.Parse(json, "bad.scenario.json"));

        Assert.Contains(problem, e.Message, StringComparison.Ordinal);
        Assert.Contains("bad.scenario.json", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Not_json_is_refused_with_the_position()
    {
        var e = Assert.Throws<ScenarioFormatException>(() => Testing.Scenario.Parse("{ \"scenario\": ", null));

        Assert.Contains("(text)", e.Message, StringComparison.Ordinal);
        Assert.StartsWith("$: not JSON", e.Problems[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_refused_case_passes_when_its_problem_paths_are_expected_and_fails_otherwise()
    {
        const string Bad = """
            "case": { "caseId": "C", "firstSickDay": "2025-01-06", "events": [ { "type": "evaluatie", "on": "2024-12-01" } ] },
            """;
        string Refused(string expect) =>
            $$"""{ "scenario": "refused", "title": "t", "asOf": "2025-06-01", {{Bad}} "expect": {{expect}} }""";

        var passes = Testing.Scenario.Parse(Refused("""{ "problems": [ { "path": "$.events[0].on" } ] }""")).Run();
        var wrongPath = Testing.Scenario.Parse(Refused("""{ "problems": [ { "path": "$.firstSickDay" } ] }""")).Run();
        var notExpected = Testing.Scenario.Parse(Refused("""{ "wachttijd": { "state": "running" } }""")).Run();
        var accepted = Testing.Scenario.Parse(Scenario("""{ "problems": [ { "path": "$.firstSickDay" } ] }""")).Run();

        Assert.True(passes.Passed, passes.ToString());
        Assert.Null(passes.Assessment);
        Assert.Equal("$.events[0].on", Assert.Single(passes.Problems).Path);
        Assert.Equal("expect.problems[0] ($.firstSickDay)", Assert.Single(wrongPath.Failures).Fact);
        Assert.Contains("$.events[0].on", wrongPath.Failures[0].Actual, StringComparison.Ordinal);
        Assert.Equal("case", Assert.Single(notExpected.Failures).Fact);
        Assert.Contains("$.events[0].on", notExpected.Failures[0].Actual, StringComparison.Ordinal);
        Assert.Equal("the case was accepted and assessed", Assert.Single(accepted.Failures).Actual);
    }

    [Theory]
    [InlineData("[ 1 ]")]
    [InlineData("\"C-1\"")]
    [InlineData("null")]
    public void A_case_that_is_not_an_object_is_a_refused_case_when_problems_are_expected(string value)
    {
        string Json(string expect) =>
            $$"""{ "scenario": "s", "title": "t", "asOf": "2025-06-01", "case": {{value}}, "expect": {{expect}} }""";

        var refused = Testing.Scenario.Parse(Json("""{ "problems": [ { "path": "$" } ] }""")).Run();
        var elsewhere = Testing.Scenario.Parse(Json("""{ "problems": [ { "path": "$.firstSickDay" } ] }""")).Run();

        Assert.True(refused.Passed, refused.ToString());
        Assert.Equal("$", Assert.Single(refused.Problems).Path);
        Assert.Equal("expect.problems[0] ($.firstSickDay)", Assert.Single(elsewhere.Failures).Fact);
        Assert.Throws<ScenarioFormatException>(() => Testing.Scenario.Parse(Json("""{ "wachttijd": { "state": "running" } }""")));
    }

    [Fact]
    public void A_case_file_is_found_relative_to_the_scenario_file_not_the_current_directory()
    {
        var root = Directory.CreateTempSubdirectory("pw-scenario-");
        try
        {
            Directory.CreateDirectory(Path.Combine(root.FullName, "cases"));
            Directory.CreateDirectory(Path.Combine(root.FullName, "scenarios", "deep"));
            File.WriteAllText(Path.Combine(root.FullName, "cases", "c.json"), """{ "caseId": "C", "firstSickDay": "2025-01-06" }""");
            var file = Path.Combine(root.FullName, "scenarios", "deep", "c.scenario.json");
            File.WriteAllText(
                file,
                """
                { "scenario": "c", "title": "t", "asOf": "2025-01-06", "caseFile": "../../cases/c.json",
                  "expect": { "wachttijd": { "countedDays": 1, "statutoryLastDay": "2027-01-03" } } }
                """
            );
            File.WriteAllText(
                Path.Combine(root.FullName, "scenarios", "missing.scenario.json"),
                """{ "scenario": "m", "title": "t", "asOf": "2025-01-06", "caseFile": "nowhere.json", "expect": { "wachttijd": {} } }"""
            );

            var scenario = Testing.Scenario.Load(file);
            var set = ScenarioSet.FromDirectory(Path.Combine(root.FullName, "scenarios"));

            Assert.Equal(Path.Combine(root.FullName, "cases", "c.json"), scenario.CaseFile);
            scenario.Verify();
            Assert.Equal(["c", "missing.scenario.json"], Array.ConvertAll([.. set], row => row[0].ToString()!));
            var broken = Assert.IsType<Testing.Scenario>(set.Scenarios[1]);
            var e = Assert.Throws<ScenarioFormatException>(() => broken.Verify());
            Assert.Contains("$.caseFile: cannot read 'nowhere.json'", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_set_without_files_or_folder_is_an_error_not_an_empty_pass()
    {
        var empty = Directory.CreateTempSubdirectory("pw-empty-");
        try
        {
            Assert.Throws<FileNotFoundException>(() => ScenarioSet.FromDirectory(empty.FullName));
            Assert.Throws<DirectoryNotFoundException>(() => ScenarioSet.FromDirectory(Path.Combine(empty.FullName, "none")));
        }
        finally
        {
            empty.Delete();
        }
    }

    [Fact]
    public void Options_override_the_engine_by_property_name()
    {
        // Evaluations every 28 counted days instead of 42: the plan of 2025-02-20 makes evaluatie #1 due 28 counted days
        // later. Counted days after 2025-02-20: 2025-02-21..2025-03-09 are fit (interruption), so day 1 is 2025-03-10 and
        // day 28 is 2025-04-06 (nothing else off in between).
        const string Expect = """{ "obligations": [ { "kind": "evaluatie", "dueBy": "2025-04-06" } ] }""";
        var withOption = Testing.Scenario.Parse(
            Scenario(Expect, "\"options\": { \"EvaluatieIntervalDays\": 28, \"enabledRules\": [\"spoor-2-traject\"] },")
        );
        var without = Testing.Scenario.Parse(Scenario(Expect));

        Assert.Equal(["EvaluatieIntervalDays", "enabledRules"], withOption.OptionOverrides);
        Assert.True(withOption.Run().Passed, withOption.Run().ToString());
        Assert.False(without.Run().Passed);
        Assert.True(withOption.Run(PoortwachterEngine.CreateDefault()).Passed);
    }

    [Fact]
    public void Options_the_engine_refuses_fail_with_the_scenario_file()
    {
        var scenario = Testing.Scenario.Parse(
            Scenario("""{ "wachttijd": { "state": "running" } }""", "\"options\": { \"disabledRules\": [\"no-such-rule\"] },")
        );

        var e = Assert.Throws<ScenarioFormatException>(() => scenario.Run());

        Assert.Contains("$.options: the engine refuses these options", e.Message, StringComparison.Ordinal);
        Assert.Contains("no-such-rule", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_scenario_keeps_its_metadata()
    {
        var scenario = Testing.Scenario.Parse(
            Scenario(
                """{ "wachttijd": { "state": "running" } }""",
                """
                "description": "d", "derivation": [ "one", "two" ],
                "sources": [ { "citation": "Burgerlijk Wetboek Boek 7, art. 629 lid 1", "bwb": "BWBR0005290", "url": "https://wetten.overheid.nl/BWBR0005290" } ],
                """
            )
        );

        Assert.Equal("contract-example", scenario.ToString());
        Assert.Equal("d", scenario.Description);
        Assert.Equal(["one", "two"], scenario.Derivation);
        Assert.Equal("BWBR0005290", Assert.Single(scenario.Sources).Bwb);
        Assert.Equal(new LocalDate(2025, 6, 1), scenario.AsOf);
        Assert.Null(scenario.File);
    }
}
