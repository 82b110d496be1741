using System;
using System.Buffers;
using System.Runtime.CompilerServices;
using NodaTime;

namespace Poortwachter.Assessments;

/// <summary>
/// A reusable, growable buffer of characters the engine writes its explanations and messages into without building a
/// string for them: <see cref="Obligation.WriteExplanation(TextBuffer)"/> and its siblings append to it, and a writer
/// takes <see cref="WrittenSpan"/> (the JSON writer encodes it to UTF-8 straight from there).
/// </summary>
/// <remarks>
/// Mutable and not thread-safe: give each thread its own and <see cref="Clear"/> it between texts. The text appended is
/// exactly the text of the matching string property (<see cref="Obligation.Explanation"/>): both are written by the same
/// template.
/// </remarks>
public sealed class TextBuffer : IBufferWriter<char>
{
    private char[] _chars;
    private int _length;
    private TextLanguage _language;

    /// <summary>Initializes an empty buffer for English texts.</summary>
    /// <param name="initialCapacity">The number of characters it holds before it grows; at least 16.</param>
    public TextBuffer(int initialCapacity = 1024) => _chars = new char[Math.Max(16, initialCapacity)];

    /// <summary>Initializes an empty buffer for texts in a language.</summary>
    /// <param name="language">The language the texts written into it are rendered in.</param>
    /// <param name="initialCapacity">The number of characters it holds before it grows; at least 16.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined language.</exception>
    public TextBuffer(TextLanguage language, int initialCapacity = 1024)
        : this(initialCapacity) => Language = language;

    /// <summary>Gets the number of characters written.</summary>
    public int Length => _length;

    /// <summary>Gets or sets the language the texts written into this buffer are rendered in; English by default.</summary>
    /// <remarks>A writer that serves both languages keeps one buffer and sets this before each text.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined language.</exception>
    public TextLanguage Language
    {
        get => _language;
        set => _language = TextLanguages.Check(value, nameof(value));
    }

    /// <summary>Gets the number of characters the buffer holds before it grows again.</summary>
    public int Capacity => _chars.Length;

    /// <summary>Gets the characters written so far.</summary>
    public ReadOnlySpan<char> WrittenSpan => new(_chars, 0, _length);

    /// <summary>Gets the characters written so far, as memory.</summary>
    public ReadOnlyMemory<char> WrittenMemory => new(_chars, 0, _length);

    /// <summary>Forgets what was written and keeps the capacity.</summary>
    public void Clear() => _length = 0;

    /// <summary>Returns the characters written as a string.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => new(_chars, 0, _length);

    /// <inheritdoc/>
    public void Advance(int count)
    {
        if (count < 0 || _length + count > _chars.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "Advanced past the span that was handed out.");
        }

        _length += count;
    }

    /// <inheritdoc/>
    public Memory<char> GetMemory(int sizeHint = 0)
    {
        Ensure(Math.Max(1, sizeHint));
        return _chars.AsMemory(_length);
    }

    /// <inheritdoc/>
    public Span<char> GetSpan(int sizeHint = 0)
    {
        Ensure(Math.Max(1, sizeHint));
        return _chars.AsSpan(_length);
    }

    /// <summary>Appends a text.</summary>
    internal void Append(string? text)
    {
        if (text is null)
        {
            return;
        }

        Ensure(text.Length);
        text.CopyTo(0, _chars, _length, text.Length);
        _length += text.Length;
    }

    /// <summary>Appends one character.</summary>
    internal void Append(char c)
    {
        Ensure(1);
        _chars[_length++] = c;
    }

    /// <summary>Appends an interpolated text without building a string: <c>text.Append($"due by {date}")</c>.</summary>
#pragma warning disable CA1822 // The receiver is the handler's argument: the call must go through the instance.
    internal void Append([InterpolatedStringHandlerArgument("")] ref TextHandler text)
#pragma warning restore CA1822
    {
        // The handler has already written everything; this method only gives the compiler its target.
        _ = text;
    }

    /// <summary>Appends a whole number in invariant digits, as string interpolation writes an <see cref="int"/>.</summary>
    internal void AppendNumber(long value)
    {
        if (value < 0)
        {
            Append('-');
            if (value == long.MinValue)
            {
                Append("9223372036854775808");
                return;
            }

            value = -value;
        }

        var digits = 1;
        for (var rest = value / 10; rest > 0; rest /= 10)
        {
            digits++;
        }

        Ensure(digits);
        for (var at = _length + digits - 1; at >= _length; at--)
        {
            _chars[at] = (char)('0' + (int)(value % 10));
            value /= 10;
        }

        _length += digits;
    }

    /// <summary>
    /// Appends a date as the buffer's language writes it in prose: <c>yyyy-mm-dd</c> in English, exactly as
    /// <see cref="IsoDates.Format"/> writes it; <c>12 mei 2027</c> in Dutch.
    /// </summary>
    internal void AppendDate(LocalDate date)
    {
        if (_language == TextLanguage.Dutch)
        {
            AppendDutchDate(date);
            return;
        }

        AppendIsoDate(date);
    }

    /// <summary>Appends a date as <c>12 mei 2027</c>: the day without a leading zero, the Dutch month in lower case, the year.</summary>
    internal void AppendDutchDate(LocalDate date)
    {
        AppendNumber(date.Day);
        Append(' ');
        Append(TextLanguages.DutchMonths[date.Month - 1]);
        Append(' ');
        AppendNumber(date.Year);
    }

    /// <summary>Appends a date as <c>yyyy-mm-dd</c> in any language (a date a reader copies, such as one in a code).</summary>
    internal void AppendIsoDate(LocalDate date)
    {
        if (date.Year < 0)
        {
            Append(IsoDates.Format(date));
            return;
        }

        Ensure(10);
        IsoDates.WriteIso(_chars.AsSpan(_length, 10), date.Year, date.Month, date.Day);
        _length += 10;
    }

    /// <summary>Removes trailing white space (and, when asked, then trailing full stops) written after <paramref name="from"/>.</summary>
    /// <param name="from">The length before the text that may be trimmed.</param>
    /// <param name="fullStops">Whether to remove trailing full stops after the white space, as <c>TrimEnd().TrimEnd('.')</c>.</param>
    internal void TrimEnd(int from, bool fullStops = false)
    {
        while (_length > from && char.IsWhiteSpace(_chars[_length - 1]))
        {
            _length--;
        }

        while (fullStops && _length > from && _chars[_length - 1] == '.')
        {
            _length--;
        }
    }

    private void Ensure(int more)
    {
        if (_length + more <= _chars.Length)
        {
            return;
        }

        var grown = new char[Math.Max(_chars.Length * 2, _length + more)];
        Array.Copy(_chars, grown, _length);
        _chars = grown;
    }
}

/// <summary>
/// The interpolated-string handler behind <c>TextBuffer.Append($"...")</c>: literals and holes go straight into the
/// buffer. Dates are written as ISO dates and numbers in invariant digits; there is deliberately no fallback for other
/// types, so a hole of a type without a fixed text form does not compile.
/// </summary>
[InterpolatedStringHandler]
internal readonly ref struct TextHandler
{
    private readonly TextBuffer _buffer;

    /// <summary>Starts a text in a buffer.</summary>
    public TextHandler(int literalLength, int formattedCount, TextBuffer buffer)
    {
        _ = literalLength;
        _ = formattedCount;
        _buffer = buffer;
    }

    /// <summary>Writes a literal part.</summary>
    public void AppendLiteral(string value) => _buffer.Append(value);

    /// <summary>Writes a text.</summary>
    public void AppendFormatted(string? value) => _buffer.Append(value);

    /// <summary>Writes a character.</summary>
    public void AppendFormatted(char value) => _buffer.Append(value);

    /// <summary>Writes a whole number.</summary>
    public void AppendFormatted(int value) => _buffer.AppendNumber(value);

    /// <summary>Writes a whole number.</summary>
    public void AppendFormatted(long value) => _buffer.AppendNumber(value);

    /// <summary>Writes a date as <c>yyyy-mm-dd</c>.</summary>
    public void AppendFormatted(LocalDate value) => _buffer.AppendDate(value);

    /// <summary>Writes a part that writes itself.</summary>
    public void AppendFormatted<T>(T value)
        where T : ITextPart => value.WriteTo(_buffer);
}

/// <summary>A part of a text that writes itself into a buffer (a counted day's explanation, a title with its number).</summary>
internal interface ITextPart
{
    /// <summary>Writes the part.</summary>
    void WriteTo(TextBuffer buffer);
}
