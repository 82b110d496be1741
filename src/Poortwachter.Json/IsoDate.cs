using System;
using System.Globalization;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace Poortwachter.Json;

/// <summary>ISO-8601 calendar dates (<c>uuuu-MM-dd</c>) in and out of JSON without allocating where it matters.</summary>
internal static class IsoDate
{
    private static readonly string[] MonthNames = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames;

    /// <summary>Writes a date as a JSON string value.</summary>
    public static void Write(Utf8JsonWriter writer, LocalDate date)
    {
        var year = date.Year;
        if (year is < 0 or > 9999)
        {
            writer.WriteStringValue(LocalDatePattern.Iso.Format(date));
            return;
        }

        Span<byte> buffer = stackalloc byte[10];
        Digits(buffer, 0, year, 4);
        buffer[4] = (byte)'-';
        Digits(buffer, 5, date.Month, 2);
        buffer[7] = (byte)'-';
        Digits(buffer, 8, date.Day, 2);
        writer.WriteStringValue(buffer);
    }

    /// <summary>Writes a nullable date, as JSON null when absent.</summary>
    public static void Write(Utf8JsonWriter writer, LocalDate? date)
    {
        if (date is { } d)
        {
            Write(writer, d);
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    /// <summary>Formats a date as <c>uuuu-MM-dd</c>.</summary>
    public static string Format(LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>
    /// Parses an ISO calendar date strictly: exactly <c>yyyy-mm-dd</c>, a day that exists. On failure the message
    /// says what is wrong in words a person understands.
    /// </summary>
    public static bool TryParse(string text, out LocalDate date, out string? error)
    {
        date = default;
        error = null;
        if (text.Length == 10 && IsDigits(text, 0, 4) && text[4] == '-' && IsDigits(text, 5, 2) && text[7] == '-' && IsDigits(text, 8, 2))
        {
            var year = Number(text, 0, 4);
            var month = Number(text, 5, 2);
            var day = Number(text, 8, 2);
            if (month is < 1 or > 12)
            {
                error = $"'{text}' is not a date: there is no month {month} (months run 01 to 12).";
                return false;
            }

            var days = CalendarSystem.Iso.GetDaysInMonth(year, month);
            if (day < 1 || day > days)
            {
                error = $"'{text}' is not a date that exists: {MonthNames[month - 1]} {year} has {days} days.";
                return false;
            }

            date = new LocalDate(year, month, day);
            return true;
        }

        error =
            text.Length > 10 && text[10] == 'T' && IsDigits(text, 0, 4)
                ? $"'{SafeText.Shorten(text)}' has a time: the contract's dates are calendar dates without time or time zone, such as '{text.Substring(0, 10)}'."
                : $"'{SafeText.Shorten(text)}' is not an ISO-8601 calendar date: write it as yyyy-mm-dd, such as '2025-01-06'.";
        return false;
    }

    private static bool IsDigits(string text, int start, int count)
    {
        for (var i = start; i < start + count; i++)
        {
            if (text[i] is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    private static int Number(string text, int start, int count)
    {
        var n = 0;
        for (var i = start; i < start + count; i++)
        {
            n = (n * 10) + (text[i] - '0');
        }

        return n;
    }

    internal static void Digits(Span<byte> buffer, int start, int value, int count)
    {
        for (var i = start + count - 1; i >= start; i--)
        {
            buffer[i] = (byte)('0' + (value % 10));
            value /= 10;
        }
    }
}
