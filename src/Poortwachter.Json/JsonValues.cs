using System.Text.Json;
using NodaTime;

namespace Poortwachter.Json;

/// <summary>
/// Reads one JSON value of a property as the contract's kind (a string, a date, a boolean, a whole number, an array)
/// and reports it to the document's <see cref="CaseProblems"/> when it is of another kind. A property's path is built
/// only for a problem.
/// </summary>
internal static class JsonValues
{
    /// <summary>Reads the string value of property <paramref name="name"/> of <paramref name="parent"/>.</summary>
    /// <param name="problems">Where a problem goes.</param>
    /// <param name="value">The value.</param>
    /// <param name="parent">The path of the object.</param>
    /// <param name="name">The property's name.</param>
    /// <returns>The string, or null when the value is not one.</returns>
    public static string? ReadString(CaseProblems problems, JsonElement value, string parent, string name)
    {
        if (value.ValueKind == JsonValueKind.String)
        {
            return value.GetString();
        }

        problems.Add(parent + "." + name, ReaderTexts.MustBeString(name, value));
        return null;
    }

    /// <summary>Reads the date value of property <paramref name="name"/> of <paramref name="parent"/>.</summary>
    /// <param name="problems">Where a problem goes.</param>
    /// <param name="value">The value.</param>
    /// <param name="parent">The path of the object.</param>
    /// <param name="name">The property's name.</param>
    /// <param name="nullable">Whether null is allowed (and read as no date).</param>
    /// <returns>The date, or null when the value is null or no date.</returns>
    public static LocalDate? ReadDate(CaseProblems problems, JsonElement value, string parent, string name, bool nullable)
    {
        if (value.ValueKind == JsonValueKind.Null && nullable)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            problems.Add(parent + "." + name, ReaderTexts.MustBeDate(name, nullable, value));
            return null;
        }

        if (IsoDate.TryParse(value.GetString() ?? string.Empty, out var date, out var error))
        {
            return date;
        }

        problems.Add(parent + "." + name, ReaderTexts.NotADate(name, error));
        return null;
    }

    /// <summary>Reads the boolean value of property <paramref name="name"/> of <paramref name="parent"/>.</summary>
    /// <param name="problems">Where a problem goes.</param>
    /// <param name="value">The value.</param>
    /// <param name="parent">The path of the object.</param>
    /// <param name="name">The property's name.</param>
    /// <returns>The boolean, or null when the value is neither true nor false.</returns>
    public static bool? ReadBoolean(CaseProblems problems, JsonElement value, string parent, string name)
    {
        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.ValueKind == JsonValueKind.True;
        }

        problems.Add(parent + "." + name, ReaderTexts.MustBeBoolean(name, value));
        return null;
    }

    /// <summary>Reads the whole-number value of property <paramref name="name"/> of <paramref name="parent"/>.</summary>
    /// <param name="problems">Where a problem goes.</param>
    /// <param name="value">The value.</param>
    /// <param name="parent">The path of the object.</param>
    /// <param name="name">The property's name.</param>
    /// <param name="expected">What the value must be, for the problem.</param>
    /// <returns>The number, or null when the value is not a number that fits an <see cref="int"/>.</returns>
    public static int? ReadWholeNumber(CaseProblems problems, JsonElement value, string parent, string name, string? expected)
    {
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number))
        {
            return number;
        }

        problems.Add(parent + "." + name, ReaderTexts.MustBe(name, expected, value));
        return null;
    }

    /// <summary>Whether the value at <paramref name="path"/> is an array to read; reports it when it is neither an array nor null.</summary>
    /// <param name="problems">Where a problem goes.</param>
    /// <param name="value">The value.</param>
    /// <param name="path">The value's path.</param>
    /// <param name="name">The property's name.</param>
    /// <param name="items">What the array holds, such as <see cref="ReaderTexts.SicknessItems"/>.</param>
    /// <returns><see langword="true"/> for an array; <see langword="false"/> for null or a problem.</returns>
    public static bool IsArrayOrNull(CaseProblems problems, JsonElement value, string path, string name, string items)
    {
        if (value.ValueKind is JsonValueKind.Array or JsonValueKind.Null)
        {
            return value.ValueKind == JsonValueKind.Array;
        }

        problems.Add(path, ReaderTexts.MustBeArray(name, items, value));
        return false;
    }
}
