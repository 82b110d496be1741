using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;

namespace Poortwachter.Json.Tests.Support;

/// <summary>
/// docs/contract.md, its schemas and its examples, copied next to the tests. The document marks what the tests read with
/// HTML comments (invisible when rendered): <c>&lt;!-- table: NAME --&gt;</c> before a table, <c>&lt;!-- example: FILE --&gt;</c>
/// and <c>&lt;!-- excerpt of: FILE --&gt;</c> before a JSON code block.
/// </summary>
public static class Docs
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "docs");

    public static string PathOf(string relative) => Path.Combine(Directory, relative);

    public static string Contract => File.ReadAllText(PathOf("contract.md"));

    public static string Example(string file) => File.ReadAllText(Path.Combine(Directory, "examples", file));

    public static IEnumerable<string> ExampleFiles =>
        System
            .IO.Directory.GetFiles(Path.Combine(Directory, "examples"), "*.json")
            .Select(Path.GetFileName)
            .OrderBy(f => f, StringComparer.Ordinal)!;

    public static JsonNode Schema(string name) => JsonNode.Parse(File.ReadAllText(Path.Combine(Directory, "schema", name)))!;

    /// <summary>The rows of the table after <c>&lt;!-- table: name --&gt;</c>: header first, the separator left out, cells trimmed.</summary>
    public static IReadOnlyList<string[]> Table(string name)
    {
        var lines = Lines();
        var at = Array.FindIndex(lines, l => l.Trim() == $"<!-- table: {name} -->");
        if (at < 0)
        {
            throw new InvalidOperationException($"docs/contract.md has no table marked '<!-- table: {name} -->'.");
        }

        var rows = new List<string[]>();
        for (var i = at + 1; i < lines.Length && lines[i].TrimStart().StartsWith('|'); i++)
        {
            var cells = lines[i].Trim().Trim('|').Split('|').Select(c => c.Trim()).ToArray();
            if (cells.All(c => c.Length > 0 && c.All(ch => ch is '-' or ':')))
            {
                continue;
            }

            rows.Add(cells);
        }

        return rows;
    }

    /// <summary>The JSON code blocks after each <c>&lt;!-- {kind}: FILE --&gt;</c> marker, by FILE.</summary>
    public static IReadOnlyList<(string File, string Json)> Blocks(string kind)
    {
        var lines = Lines();
        var result = new List<(string, string)>();
        var prefix = $"<!-- {kind}: ";
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (!line.StartsWith(prefix, StringComparison.Ordinal) || !line.EndsWith("-->", StringComparison.Ordinal))
            {
                continue;
            }

            var file = line.Substring(prefix.Length, line.Length - prefix.Length - 3).Trim();
            var start = i + 1;
            if (start >= lines.Length || lines[start].Trim() != "```json")
            {
                throw new InvalidOperationException($"the marker '{line}' in docs/contract.md must stand right above a ```json block.");
            }

            var end = Array.FindIndex(lines, start + 1, l => l.Trim() == "```");
            result.Add((file, string.Join('\n', lines[(start + 1)..end])));
        }

        return result;
    }

    /// <summary>Text without the Markdown code marks: <c>`a`</c> becomes <c>a</c>.</summary>
    public static string Plain(string cell) => cell.Replace("`", string.Empty, StringComparison.Ordinal).Trim();

    private static string[] Lines() => Contract.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
}
