using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;

namespace Poortwachter.Conformance.Tests;

/// <summary>The conformance vectors in <c>conformance/vectors</c>, found from this source file's own path.</summary>
internal static class ConformanceSet
{
    public const string VectorPattern = "*.scenario.json";

    public static string Directory { get; } = Path.Combine(RepoRoot(), "conformance");

    public static string VectorsDirectory => Path.Combine(Directory, "vectors");

    /// <summary>Every vector file, as a path relative to <see cref="Directory"/> with forward slashes, sorted.</summary>
    public static IReadOnlyList<string> VectorFiles { get; } =
        System
            .IO.Directory.EnumerateFiles(Path.Combine(Directory, "vectors"), VectorPattern, SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Directory, f).Replace('\\', '/'))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();

    public static TheoryDataOf Files => new(VectorFiles);

    public static string FullPath(string relative) => Path.Combine(Directory, relative);

    private static string RepoRoot([CallerFilePath] string path = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", ".."));
}

/// <summary>xunit theory data: one row per vector file, so each vector is its own test case.</summary>
internal sealed class TheoryDataOf : Xunit.TheoryData<string>
{
    public TheoryDataOf(IEnumerable<string> rows)
    {
        foreach (var row in rows)
        {
            Add(row);
        }
    }
}
