using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Poortwachter.Testing;

/// <summary>
/// The scenario files under a folder, as theory data: each item is a one-element <c>object[]</c> holding a
/// <see cref="Scenario"/>, whose <see cref="Scenario.ToString"/> is its id, so a test explorer lists each scenario by
/// name. It fits xunit's <c>[MemberData]</c> (and NUnit's <c>[TestCaseSource]</c>) without this package referencing
/// either. A file that is not a valid scenario becomes an item that fails alone, with its problems, when run.
/// </summary>
/// <example>
/// <code>
/// public static ScenarioSet Scenarios => ScenarioSet.FromDirectory("scenarios");
///
/// [Theory, MemberData(nameof(Scenarios))]
/// public void Holds(Scenario scenario) => scenario.Verify();
/// </code>
/// </example>
public sealed class ScenarioSet : IEnumerable<object[]>
{
    /// <summary>The file name pattern of scenario files.</summary>
    public const string Pattern = "*.scenario.json";

    private ScenarioSet(string directory, IReadOnlyList<Scenario> scenarios)
    {
        Directory = directory;
        Scenarios = scenarios;
    }

    /// <summary>Gets the folder the scenarios were read from (full path).</summary>
    public string Directory { get; }

    /// <summary>Gets the scenarios, ordered by file path.</summary>
    public IReadOnlyList<Scenario> Scenarios { get; }

    /// <summary>Reads every <c>*.scenario.json</c> file under a folder and its subfolders.</summary>
    /// <param name="directory">The folder. A relative path is taken from the application's base directory
    /// (<see cref="AppContext.BaseDirectory"/>: a test assembly's output folder), so copy the files to the output
    /// (<c>CopyToOutputDirectory</c>) or give a full path.</param>
    /// <returns>The set.</returns>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="FileNotFoundException">The folder holds no scenario file (a test that checks nothing must not
    /// pass).</exception>
    public static ScenarioSet FromDirectory(string directory)
    {
        var full = Path.GetFullPath(
            Path.Combine(AppContext.BaseDirectory, directory ?? throw new ArgumentNullException(nameof(directory)))
        );
        if (!System.IO.Directory.Exists(full))
        {
            throw new DirectoryNotFoundException($"No folder '{directory}' (resolved to {full}) to read scenarios from.");
        }

        var files = System.IO.Directory.GetFiles(full, Pattern, SearchOption.AllDirectories);
        if (files.Length == 0)
        {
            throw new FileNotFoundException($"No {Pattern} file under {full}.");
        }

        Array.Sort(files, StringComparer.Ordinal);
        return new ScenarioSet(full, files.Select(Scenario.LoadOrBroken).ToArray());
    }

    /// <summary>Returns each scenario as a one-element argument array.</summary>
    /// <returns>The enumerator.</returns>
    public IEnumerator<object[]> GetEnumerator()
    {
        foreach (var scenario in Scenarios)
        {
            yield return [scenario];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
