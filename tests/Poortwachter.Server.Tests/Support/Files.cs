using System;
using System.IO;
using System.Runtime.CompilerServices;

namespace Poortwachter.Server.Tests.Support;

/// <summary>The sample cases and the contract's examples and schemas, copied next to the tests; and the repository's own files.</summary>
public static class Files
{
    public static string Case(string file) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "cases", file));

    public static byte[] Example(string file) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "docs", "examples", file));

    public static string Schema(string file) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "docs", "schema", file));

    /// <summary>The repository's root, found from this source file (the tests keep real source paths).</summary>
    public static string Repository() => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(ThisFile())!, "..", "..", ".."));

    private static string ThisFile([CallerFilePath] string path = "") => path;
}
