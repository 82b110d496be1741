using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Poortwachter.Json;

/// <summary>JSON paths in the contract's convention: <c>$.events[3].on</c>, <c>$['odd name']</c>.</summary>
internal static class JsonPath
{
    private const int MaxNameInPath = 40;

    /// <summary>Returns the path segment of a property: <c>.name</c> for simple names, else <c>['name']</c>.</summary>
    public static string Property(string name)
    {
        if (name.Length > MaxNameInPath)
        {
            // A path locates; a name of megabytes would only flood the message that carries it.
            name = string.Concat(name.Substring(0, MaxNameInPath), "...");
        }

        var simple = name.Length > 0 && !char.IsDigit(name[0]);
        foreach (var c in name)
        {
            if (!(c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_'))
            {
                simple = false;
                break;
            }
        }

        return simple ? "." + name : "['" + name.Replace("\\", "\\\\").Replace("'", "\\'") + "']";
    }

    /// <summary>Returns the path of property <paramref name="name"/> of the value at <paramref name="parent"/>.</summary>
    /// <param name="parent">The path of the object, such as <c>$.events[3]</c>.</param>
    /// <param name="name">The property's name.</param>
    /// <returns>The path, such as <c>$.events[3].on</c>.</returns>
    public static string Child(string parent, string name) => parent + Property(name);

    /// <summary>Returns the path of item <paramref name="index"/> of the array at <paramref name="parent"/>.</summary>
    /// <param name="parent">The path of the array, such as <c>$.events</c>.</param>
    /// <param name="index">The item's index, from 0.</param>
    /// <returns>The path, such as <c>$.events[3]</c>.</returns>
    public static string Index(string parent, int index) => parent + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    /// <summary>
    /// Reads malformed JSON up to its first error and returns the path of the value being read there, so the
    /// problem can name where it is; <c>$</c> when the error is outside any value.
    /// </summary>
    public static string AtError(ReadOnlySpan<byte> utf8, JsonReaderOptions options)
    {
        var frames = new List<Frame>();
        var reader = new Utf8JsonReader(utf8, options);
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        BeforeValue(frames);
                        frames.Add(new Frame(reader.TokenType == JsonTokenType.StartArray));
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        if (frames.Count > 0)
                        {
                            frames.RemoveAt(frames.Count - 1);
                        }

                        break;
                    case JsonTokenType.PropertyName:
                        if (frames.Count > 0)
                        {
                            frames[frames.Count - 1].Name = reader.GetString();
                        }

                        break;
                    default:
                        BeforeValue(frames);
                        break;
                }
            }
        }
        catch (JsonException)
        {
            // The error we were looking for: the frames now say where it is.
        }
        catch (InvalidOperationException)
        {
            // A property name that cannot be decoded; the frames so far still help.
        }

        var sb = new StringBuilder("$");
        foreach (var frame in frames)
        {
            if (frame.IsArray)
            {
                if (frame.Index >= 0)
                {
                    sb.Append('[').Append(frame.Index.ToString(CultureInfo.InvariantCulture)).Append(']');
                }
            }
            else if (frame.Name is not null)
            {
                sb.Append(Property(frame.Name));
            }
        }

        return sb.ToString();
    }

    private static void BeforeValue(List<Frame> frames)
    {
        if (frames.Count > 0 && frames[frames.Count - 1].IsArray)
        {
            frames[frames.Count - 1].Index++;
        }
    }

    private sealed class Frame(bool isArray)
    {
        public bool IsArray { get; } = isArray;

        public int Index { get; set; } = -1;

        public string? Name { get; set; }
    }
}
