using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Poortwachter.Cli.Tests.Support;

/// <summary>One C# code block of a Markdown document.</summary>
/// <param name="Document">The document, relative to the repository (<c>README.md</c>).</param>
/// <param name="Line">The line of the block's first line of code, from 1.</param>
/// <param name="Code">The code.</param>
/// <param name="File">For a file block (<c>// file: PATH</c> on its first line), the path it names; otherwise null.</param>
public sealed record Snippet(string Document, int Line, string Code, string? File)
{
    /// <summary>The code below the <c>// file:</c> line of a file block; the whole code of a program block.</summary>
    public string Body => File is null ? Code : Code[(Code.IndexOf('\n', StringComparison.Ordinal) + 1)..];

    public override string ToString() => $"{Document}:{Line}";
}

/// <summary>
/// The C# code blocks of the Markdown documents, compiled as a reader would paste them. The convention:
/// <list type="bullet">
/// <item>A block (<c>```csharp</c>) is a program: top-level statements with the <c>using</c>s it needs, nothing
/// hidden, no implicit usings, nullable on, warnings count.</item>
/// <item>A block whose first line is <c>// file: PATH</c> is a source file (a class such as a host rule). It is compiled
/// with every program block of the same document, so they may use its types. When PATH is a file of the repository,
/// the block shows that file as it is: the test compares them, so the README shows the compiled sample.</item>
/// </list>
/// Documents: README.md, docs/*.md and each package's src/*/README.md.
/// </summary>
public static class Snippets
{
    private const string FileMark = "// file: ";

    private static readonly Lazy<MetadataReference[]> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToArray()
    );

    public static string Root { get; } = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(ThisFile())!, "..", "..", ".."));

    /// <summary>Every document that holds a C# block, relative to the repository.</summary>
    public static IEnumerable<string> Documents =>
        new[] { "README.md" }
            .Concat(Directory.GetFiles(Path.Combine(Root, "docs"), "*.md").Select(p => Path.GetRelativePath(Root, p)))
            .Concat(
                Directory
                    .GetDirectories(Path.Combine(Root, "src"))
                    .Select(d => Path.Combine(d, "README.md"))
                    .Where(File.Exists)
                    .Select(p => Path.GetRelativePath(Root, p))
            )
            .Select(p => p.Replace('\\', '/'))
            .Where(d => In(d).Count > 0)
            .OrderBy(d => d, StringComparer.Ordinal);

    public static TheoryDataFiles DocumentData => new(Documents);

    /// <summary>The C# blocks of a document.</summary>
    public static IReadOnlyList<Snippet> In(string document) => Extract(document, File.ReadAllText(Path.Combine(Root, document)));

    /// <summary>The C# blocks of a Markdown text.</summary>
    public static IReadOnlyList<Snippet> Extract(string document, string markdown)
    {
        var lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var result = new List<Snippet>();
        for (var i = 0; i < lines.Length; i++)
        {
            var fence = lines[i].Trim();
            if (fence is not ("```csharp" or "```cs" or "```c#"))
            {
                continue;
            }

            var end = Array.FindIndex(lines, i + 1, l => l.Trim() == "```");
            if (end < 0)
            {
                throw new InvalidOperationException($"{document}:{i + 1}: a C# block is not closed.");
            }

            var code = string.Join('\n', lines[(i + 1)..end]) + "\n";
            var first = lines[i + 1].Trim();
            var file = first.StartsWith(FileMark, StringComparison.Ordinal) ? first[FileMark.Length..].Trim() : null;
            result.Add(new Snippet(document, i + 2, code, file));
            i = end;
        }

        return result;
    }

    /// <summary>Compiles the blocks of one document; returns every error and warning, with the document's line.</summary>
    public static IReadOnlyList<string> Compile(IReadOnlyList<Snippet> snippets)
    {
        var files = snippets.Where(s => s.File is not null).ToList();
        var programs = snippets.Where(s => s.File is null).ToList();
        var units =
            programs.Count == 0
                ?
                [
                    [.. files],
                ]
                : programs.Select(p => files.Append(p).ToList()).ToList();
        var problems = new List<string>();
        var n = 0;
        foreach (var unit in units)
        {
            var trees = unit.Select(s =>
                    CSharpSyntaxTree.ParseText(
                        $"#line {s.Line} \"{s.Document}\"\n{s.Code}",
                        new CSharpParseOptions(LanguageVersion.Latest),
                        path: s.Document
                    )
                )
                .ToList();
            var options = new CSharpCompilationOptions(
                unit.Any(s => s.File is null) ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                // As the .NET SDK does for every project: assembly versions unified at run time are no warning.
                specificDiagnosticOptions: [new("CS1701", ReportDiagnostic.Suppress), new("CS1702", ReportDiagnostic.Suppress)]
            );
            var compilation = CSharpCompilation.Create($"Snippet{n++}", trees, References.Value, options);
            problems.AddRange(
                compilation
                    .GetDiagnostics()
                    .Where(d => d.Severity >= DiagnosticSeverity.Warning)
                    .Select(d =>
                    {
                        var at = d.Location.GetMappedLineSpan();
                        return $"{at.Path}:{at.StartLinePosition.Line + 1}: {d.Id} {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
                    })
            );
        }

        return problems.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// Compiles one program block (with the document's file blocks), runs it with standard output captured, and returns
    /// its output lines. Console is the process's: callers run alone (a collection without parallelization).
    /// </summary>
    public static IReadOnlyList<string> Run(Snippet program, IReadOnlyList<Snippet> files)
    {
        var trees = files
            .Append(program)
            .Select(s => CSharpSyntaxTree.ParseText(s.Code, new CSharpParseOptions(LanguageVersion.Latest), path: s.Document))
            .ToList();
        var compilation = CSharpCompilation.Create(
            $"Run{Guid.NewGuid():N}",
            trees,
            References.Value,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable)
        );
        using var image = new System.IO.MemoryStream();
        var emitted = compilation.Emit(image);
        if (!emitted.Success)
        {
            throw new InvalidOperationException($"{program} does not compile: {string.Join("; ", emitted.Diagnostics)}");
        }

        var assembly = System.Reflection.Assembly.Load(image.ToArray());
        var output = new System.IO.StringWriter { NewLine = "\n" };
        var before = Console.Out;
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        Console.SetOut(output);
        try
        {
            // As a reader's machine might be set: the printed lines must not depend on it.
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("nl-NL");
            var entry = assembly.EntryPoint!;
            entry.Invoke(null, entry.GetParameters().Length == 0 ? null : [Array.Empty<string>()]);
        }
        finally
        {
            Console.SetOut(before);
            System.Globalization.CultureInfo.CurrentCulture = culture;
        }

        return output.ToString().TrimEnd('\n').Split('\n');
    }

    private static string ThisFile([CallerFilePath] string path = "") => path;
}
