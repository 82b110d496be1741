using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Xunit.Sdk;

namespace Poortwachter.Json.Tests.Support;

/// <summary>
/// A committed file of the repository that is derived from the code (a schema's enums, a table of docs/contract.md, an
/// example output): the test computes what the file must say and, when the committed file says something else, writes
/// <c>NAME.received.EXT</c> beside it and fails, naming <c>eng/generate</c>, which lets each received file replace its
/// committed file (the convention of the golden files, see tests/Poortwachter.Tests/Support/Golden.cs).
/// </summary>
public static class DerivedFile
{
    /// <summary>The repository's root: the directory of Poortwachter.sln above this source file.</summary>
    public static string Root { get; } = FindRoot(ThisFile());

    /// <summary>The committed text of a file, by its path from the repository's root.</summary>
    public static string Read(string relative) => File.ReadAllText(Path.Combine(Root, relative));

    /// <summary>
    /// Fails, with the received file written, when the committed file is not <paramref name="expected"/>; removes a
    /// stale received file when it is.
    /// </summary>
    /// <param name="relative">The file's path from the repository's root, with '/'.</param>
    /// <param name="expected">What the file must hold.</param>
    /// <param name="what">What is derived, for the message.</param>
    public static void ShouldBe(string relative, string expected, string what)
    {
        var path = Path.Combine(Root, relative);
        var received = ReceivedPath(path);
        var actual = File.Exists(path) ? File.ReadAllText(path) : null;
        if (string.Equals(actual, expected, StringComparison.Ordinal))
        {
            if (File.Exists(received))
            {
                File.Delete(received);
            }

            return;
        }

        File.WriteAllText(received, expected, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        throw new XunitException(
            $"{relative} is stale: {what} differ from the code. Run eng/generate (it accepts each received file), "
                + $"or compare {Path.GetRelativePath(Root, received)} with it and copy it over; then review git diff."
        );
    }

    /// <summary><c>dir/NAME.EXT</c> becomes <c>dir/NAME.received.EXT</c> (the extension is the part after the last dot).</summary>
    public static string ReceivedPath(string path)
    {
        var directory = Path.GetDirectoryName(path)!;
        var name = Path.GetFileName(path);
        var dot = name.LastIndexOf('.');
        return Path.Combine(directory, dot < 0 ? name + ".received" : $"{name[..dot]}.received{name[dot..]}");
    }

    /// <summary>
    /// Replaces the <c>enum</c> array of the object at <paramref name="objectPath"/> (property names from the root) in
    /// a JSON text, keeping the rest of the text as it is: an array written on one line stays on one line, an array
    /// written one value a line stays so, indented under the line that names it.
    /// </summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="objectPath">The property names leading to the object that holds <c>enum</c>.</param>
    /// <param name="values">The values, in order.</param>
    /// <returns>The text with the array replaced.</returns>
    public static string WithEnum(string json, IReadOnlyList<string> objectPath, IReadOnlyList<string> values)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var (start, end) = FindEnum(bytes, objectPath);
        var before = Encoding.UTF8.GetString(bytes, 0, start);
        var old = Encoding.UTF8.GetString(bytes, start, end - start);
        var after = Encoding.UTF8.GetString(bytes, end, bytes.Length - end);
        var quoted = values.Select(v => JsonSerializer.Serialize(v)).ToList();
        string array;
        if (old.Contains('\n', StringComparison.Ordinal))
        {
            var lineStart = before.LastIndexOf('\n') + 1;
            var indent = new string(' ', before.Length - lineStart - before[lineStart..].TrimStart(' ').Length);
            array = "[\n" + string.Join(",\n", quoted.Select(q => indent + "  " + q)) + "\n" + indent + "]";
        }
        else
        {
            array = "[" + string.Join(", ", quoted) + "]";
        }

        return before + array + after;
    }

    /// <summary>The values of the <c>enum</c> array of the object at <paramref name="objectPath"/>.</summary>
    public static IReadOnlyList<string> EnumOf(string json, IReadOnlyList<string> objectPath)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var (start, end) = FindEnum(bytes, objectPath);
        return JsonSerializer.Deserialize<string[]>(bytes.AsSpan(start, end - start))!;
    }

    /// <summary>
    /// Merges a derived set into the order a file already has: the values still derived keep their place, the new ones
    /// follow in the code's order, so a new value adds one line and moves none.
    /// </summary>
    public static IReadOnlyList<string> KeepingOrder(IReadOnlyList<string> existing, IEnumerable<string> derived)
    {
        var set = derived.ToList();
        return existing
            .Where(v => set.Contains(v, StringComparer.Ordinal))
            .Concat(set.Where(v => !existing.Contains(v, StringComparer.Ordinal)))
            .ToList();
    }

    private static (int Start, int End) FindEnum(byte[] bytes, IReadOnlyList<string> objectPath)
    {
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        var path = new List<string>();
        string? pending = null;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    pending = reader.GetString();
                    if (
                        pending == "enum"
                        && path.Count == objectPath.Count + 1
                        && path.Skip(1).SequenceEqual(objectPath, StringComparer.Ordinal)
                    )
                    {
                        reader.Read();
                        var start = (int)reader.TokenStartIndex;
                        reader.Skip();
                        return (start, (int)reader.BytesConsumed);
                    }

                    break;
                case JsonTokenType.StartObject:
                case JsonTokenType.StartArray:
                    path.Add(pending ?? "[]");
                    pending = null;
                    break;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    path.RemoveAt(path.Count - 1);
                    break;
                default:
                    pending = null;
                    break;
            }
        }

        throw new InvalidOperationException($"no \"enum\" under /{string.Join('/', objectPath)}.");
    }

    private static string FindRoot(string start)
    {
        for (var dir = Path.GetDirectoryName(start); dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (File.Exists(Path.Combine(dir, "Poortwachter.sln")))
            {
                return dir;
            }
        }

        throw new InvalidOperationException($"no Poortwachter.sln above {start}.");
    }

    private static string ThisFile([CallerFilePath] string path = "") => path;
}
