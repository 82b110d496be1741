using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Poortwachter.Json;

/// <summary>
/// Makes text from a case file safe to show on a terminal or in a log: control characters (C0, DEL, C1), bidi
/// overrides and isolates, zero-width and line-separator characters and lone surrogates are written as visible
/// escapes (<c>\u001b</c>, <c>\n</c>), and a long value is shortened with its length said. Nothing from the input
/// reaches standard error or the table raw, so a case id cannot move the cursor, retitle the window, forge a summary
/// line or flood a log. The JSON reader's problems, the command and the service repeat input values by these rules.
/// </summary>
public static class SafeText
{
    /// <summary>The most characters of an input value that a message repeats.</summary>
    public const int DefaultMaxLength = 80;

    /// <summary>Whether a character must not reach a terminal raw.</summary>
    /// <param name="c">The character.</param>
    /// <returns><see langword="true"/> for control, format-direction, invisible and separator characters.</returns>
    public static bool IsUnsafe(char c) =>
        c < 0x20
        || c is >= '\u007F' and <= '\u009F'
        || c is '\u061C' or '\u00AD' or '\u180E' or '\uFEFF'
        || c is >= '\u200B' and <= '\u200F'
        || c is >= '\u2028' and <= '\u202E'
        || c is >= '\u2060' and <= '\u206F'
        || c is >= '\uFFF9' and <= '\uFFFB';

    /// <summary>Whether a text holds nothing that <see cref="Visible(string?, int)"/> would change.</summary>
    /// <param name="text">The text.</param>
    /// <param name="maxLength">The longest text that is kept whole.</param>
    /// <returns><see langword="true"/> when the text can be shown as is.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static bool IsPlain(string text, int maxLength = DefaultMaxLength)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        if (text.Length > maxLength)
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsUnsafe(c))
            {
                return false;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Returns the text with every unsafe character escaped and, when it is longer than <paramref name="maxLength"/>,
    /// cut with "... (N characters)" after it. A backslash is doubled only when the text needed escaping, so plain
    /// Windows paths read as they are.
    /// </summary>
    /// <param name="text">The text; null reads as empty.</param>
    /// <param name="maxLength">The most characters of the input to repeat; 0 or less for no limit.</param>
    /// <returns>Text that is safe to write to a terminal.</returns>
    public static string Visible(string? text, int maxLength = DefaultMaxLength)
    {
        text ??= string.Empty;
        var limit = maxLength <= 0 ? int.MaxValue : maxLength;
        if (IsPlain(text, limit))
        {
            return text;
        }

        var escapeBackslash = !IsPlain(text, int.MaxValue) || text.Length > limit;
        var take = Math.Min(text.Length, limit);
        if (take < text.Length && take > 0 && char.IsHighSurrogate(text[take - 1]))
        {
            take--;
        }

        var sb = new StringBuilder(take + 16);
        for (var i = 0; i < take; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }

            switch (c)
            {
                case '\n':
                    sb.Append("\\n");
                    break;
                case '\r':
                    sb.Append("\\r");
                    break;
                case '\t':
                    sb.Append("\\t");
                    break;
                case '\\' when escapeBackslash:
                    sb.Append("\\\\");
                    break;
                default:
                    if (IsUnsafe(c) || char.IsSurrogate(c))
                    {
                        sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        if (take < text.Length)
        {
            sb.Append(Cut(text.Length));
        }

        return sb.ToString();
    }

    /// <summary>
    /// A value as a message repeats it, without escaping: whole up to <paramref name="maxLength"/> characters, otherwise
    /// its first <paramref name="maxLength"/> and its length, "... (5,000 characters)", so a hostile document cannot make
    /// a problem report as long as itself. <see cref="Visible(string?, int)"/> cuts a value the same way.
    /// </summary>
    /// <param name="text">The value; null reads as empty.</param>
    /// <param name="maxLength">The most characters to repeat, at least 1.</param>
    /// <returns>The text to quote.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxLength"/> is less than 1.</exception>
    public static string Shorten(string? text, int maxLength = DefaultMaxLength)
    {
        if (maxLength < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(maxLength), maxLength, "Repeat at least one character.");
        }

        text ??= string.Empty;
        return text.Length <= maxLength ? text : string.Concat(text.Substring(0, maxLength), Cut(text.Length));
    }

    private static string Cut(int length) => "... (" + length.ToString("N0", CultureInfo.InvariantCulture) + " characters)";

    /// <summary>
    /// A message that quotes values (the command line's arguments, say) made safe: each value that is long or unsafe is
    /// replaced by its visible form, at most <see cref="DefaultMaxLength"/> characters of it, wherever it occurs whole;
    /// so is the part of an argument after its first <c>=</c> or <c>:</c> (<c>--as-of=VALUE</c>). The rest is made
    /// visible as by <see cref="Visible(string?, int)"/>; a message still longer than 2,000 characters is cut.
    /// </summary>
    /// <param name="message">The message, such as a parser's "Unrecognized command or argument '...'".</param>
    /// <param name="values">The values it may quote.</param>
    /// <returns>The message, safe to show.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    public static string Echo(string? message, IReadOnlyList<string> values)
    {
        if (values is null)
        {
            throw new ArgumentNullException(nameof(values));
        }

        var text = message ?? string.Empty;
        var quoted = new List<string>();
        foreach (var value in values)
        {
            if (value is null)
            {
                continue;
            }

            quoted.Add(value);
            var at = value.IndexOfAny(['=', ':']);
            if (at >= 0)
            {
                quoted.Add(value.Substring(at + 1));
            }
        }

        // Longest first, so a value inside a longer one does not split it.
        quoted.RemoveAll(v => v.Length == 0 || IsPlain(v) || text.IndexOf(v, StringComparison.Ordinal) < 0);
        quoted.Sort((a, b) => b.Length.CompareTo(a.Length));
        var sb = new StringBuilder();
        var from = 0;
        while (from < text.Length)
        {
            var (at, value) = (-1, string.Empty);
            foreach (var v in quoted)
            {
                var i = text.IndexOf(v, from, StringComparison.Ordinal);
                if (i >= 0 && (at < 0 || i < at))
                {
                    (at, value) = (i, v);
                }
            }

            if (at < 0)
            {
                sb.Append(Visible(text.Substring(from), 0));
                break;
            }

            sb.Append(Visible(text.Substring(from, at - from), 0)).Append(Visible(value));
            from = at + value.Length;
        }

        return sb.Length <= 2000 ? sb.ToString() : Visible(sb.ToString(), 2000);
    }

    /// <summary>Whether a message repeats more than <see cref="DefaultMaxLength"/> characters of a value as they are.</summary>
    /// <param name="message">The message.</param>
    /// <param name="value">The value.</param>
    /// <returns><see langword="true"/> when the first 81 characters of the value occur in the message.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="message"/> or <paramref name="value"/> is null.</exception>
    public static bool Repeats(string message, string value) =>
        message is null ? throw new ArgumentNullException(nameof(message))
        : value is null ? throw new ArgumentNullException(nameof(value))
        : value.Length > DefaultMaxLength && message.AsSpan().IndexOf(value.AsSpan(0, DefaultMaxLength + 1), StringComparison.Ordinal) >= 0;

    /// <summary>The text made visible (<see cref="Visible(string?, int)"/>) between single quotes.</summary>
    /// <param name="text">The text.</param>
    /// <param name="maxLength">The most characters of the input to repeat.</param>
    /// <returns>The quoted text.</returns>
    public static string Quote(string? text, int maxLength = DefaultMaxLength) => "'" + Visible(text, maxLength) + "'";
}
