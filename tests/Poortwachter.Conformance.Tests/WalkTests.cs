using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using FluentAssertions;
using Poortwachter.Assessments;
using Poortwachter.Testing;
using Xunit;

namespace Poortwachter.Conformance.Tests;

/// <summary>
/// The scenarios in <c>Walk/</c> reach the warnings no conformance vector gives, so that the language walk
/// (<see cref="LanguageTests"/>) reads their texts too. They are checked as the vectors are: each runs through the
/// Poortwachter.Testing runner and must meet its expectations, derived by hand from the law.
/// </summary>
public sealed class WalkTests
{
    /// <summary>The folder of the walk scenarios, beside this source file.</summary>
    private static readonly string Folder = Path.Combine(ConformanceSet.Directory, "..", "tests", "Poortwachter.Conformance.Tests", "Walk");

    public static TheoryData<string> Scenarios => new TheoryDataOf(Names());

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void The_engine_meets_the_walk_scenario(string file) => Scenario.Load(Path.Combine(Folder, file)).Verify();

    /// <summary>
    /// Each file is named after the warning kind it is there for (its id is that name), and asserts that warning (with its obligation, null
    /// for a warning about none) and the due date of at least one obligation.
    /// </summary>
    [Theory]
    [MemberData(nameof(Scenarios))]
    public void The_walk_scenario_asserts_the_warning_it_is_named_for_and_a_due_date(string file)
    {
        var kind = file[..^".scenario.json".Length];
        Kinds().Should().Contain(kind, "a walk scenario is named after a warning kind of WarningCodes");
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, file)));
        json.RootElement.GetProperty("scenario").GetString().Should().Be(kind, "the id is the file name, as in samples/scenarios");
        var expect = json.RootElement.GetProperty("expect");

        expect
            .GetProperty("warnings")
            .EnumerateArray()
            .Any(w => w.GetProperty("kind").GetString() == kind && w.TryGetProperty("obligation", out _))
            .Should()
            .BeTrue("{0} asserts its warning and the obligation it concerns", file);
        expect
            .GetProperty("obligations")
            .EnumerateArray()
            .Any(o => o.TryGetProperty("dueBy", out var due) && due.ValueKind == JsonValueKind.String)
            .Should()
            .BeTrue("{0} asserts a due date", file);
    }

    [Fact]
    public void The_walk_reaches_the_warnings_no_vector_gives()
    {
        Names()
            .Select(f => f[..^".scenario.json".Length])
            .Should()
            .Contain([
                WarningCodes.VervroegdeIvaInBehandeling,
                WarningCodes.EventAfterAsOf,
                WarningCodes.Early,
                WarningCodes.Spoor2Uitstel,
                WarningCodes.Spoor2UitstelVerlopen,
                WarningCodes.Spoor2Voortgang,
                WarningCodes.Spoor2EindrapportageOntbreekt,
            ]);
    }

    private static IEnumerable<string> Names() =>
        Directory
            .EnumerateFiles(Folder, ConformanceSet.VectorPattern)
            .Select(f => Path.GetFileName(f)!)
            .OrderBy(f => f, StringComparer.Ordinal);

    private static IEnumerable<string> Kinds() =>
        typeof(WarningCodes)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!);
}
