using System;
using System.Text;
using System.Text.Json;
using NodaTime;
using Poortwachter.Cases;

namespace Poortwachter.Json;

/// <summary>The JSON kind of an event field.</summary>
internal enum FieldKind
{
    /// <summary>A date string, <c>yyyy-mm-dd</c>.</summary>
    Date,

    /// <summary>A string.</summary>
    Text,

    /// <summary>A whole number in a range.</summary>
    WholeNumber,

    /// <summary>A boolean, <c>true</c> or <c>false</c>.</summary>
    Boolean,
}

/// <summary>A field an event can have: its name, its JSON kind, and for a whole number what it is and its range.</summary>
internal sealed class EventField
{
    private EventField(string name, FieldKind kind, string? expected, int min, int max, bool nullAllowed)
    {
        Name = name;
        Kind = kind;
        Expected = expected;
        Min = min;
        Max = max;
        NullAllowed = nullAllowed;
        Utf8Name = Encoding.UTF8.GetBytes(name);
        Encoded = JsonEncodedText.Encode(name);
    }

    /// <summary>Gets the name in JSON.</summary>
    public string Name { get; }

    /// <summary>Gets the JSON kind.</summary>
    public FieldKind Kind { get; }

    /// <summary>Gets, for a whole number, what a value must be ("a whole number of weeks (1 to 52)").</summary>
    public string? Expected { get; }

    /// <summary>Gets, for a whole number, the least value the contract allows (checked by <see cref="CaseValidator"/>).</summary>
    public int Min { get; }

    /// <summary>Gets, for a whole number, the greatest value the contract allows (checked by <see cref="CaseValidator"/>).</summary>
    public int Max { get; }

    /// <summary>Gets a value indicating whether JSON <c>null</c> counts as absent.</summary>
    public bool NullAllowed { get; }

    /// <summary>Gets the position in <see cref="EventSchema.Fields"/>.</summary>
    public int Index { get; private set; }

    /// <summary>Gets the field's bit in a mask of fields.</summary>
    public int Bit => 1 << Index;

    /// <summary>Gets the slot that holds the value read among the fields of the same kind (see <see cref="EventValues"/>).</summary>
    public int Slot { get; private set; }

    /// <summary>Gets the name as UTF-8, to match property names without transcoding.</summary>
    public byte[] Utf8Name { get; }

    /// <summary>Gets the name for the writer.</summary>
    public JsonEncodedText Encoded { get; }

    /// <summary>A date field that must not be null.</summary>
    public static EventField Date(string name) => new(name, FieldKind.Date, null, 0, 0, nullAllowed: false);

    /// <summary>A string field that must not be null.</summary>
    public static EventField Text(string name) => new(name, FieldKind.Text, null, 0, 0, nullAllowed: false);

    /// <summary>A whole-number field: <paramref name="expected"/> completes "x must be ..., not ..."; the range is the contract's.</summary>
    public static EventField WholeNumber(string name, string expected, int min, int max, bool nullAllowed) =>
        new(name, FieldKind.WholeNumber, expected, min, max, nullAllowed);

    /// <summary>A boolean field that must not be null.</summary>
    public static EventField Boolean(string name) => new(name, FieldKind.Boolean, null, 0, 0, nullAllowed: false);

    /// <summary>Writes the field with a date value.</summary>
    public void Write(Utf8JsonWriter w, LocalDate value)
    {
        w.WritePropertyName(Encoded);
        IsoDate.Write(w, value);
    }

    /// <summary>Writes the field with a whole-number value.</summary>
    public void Write(Utf8JsonWriter w, int value) => w.WriteNumber(Encoded, value);

    /// <summary>Writes the field with a string value.</summary>
    public void Write(Utf8JsonWriter w, string value) => w.WriteString(Encoded, value);

    /// <summary>Writes the field with a boolean value.</summary>
    public void Write(Utf8JsonWriter w, bool value) => w.WriteBoolean(Encoded, value);

    /// <summary>Sets the position and the slot; called once, by <see cref="EventSchema"/>.</summary>
    internal void Place(int index, EventField[] all)
    {
        Index = index;
        var slot = 0;
        for (var i = 0; i < index; i++)
        {
            if (all[i].Kind == Kind)
            {
                slot++;
            }
        }

        if (slot >= EventValues.SlotsOf(Kind) || index >= 31)
        {
            throw new InvalidOperationException($"EventValues has no slot for the event field '{Name}': add one.");
        }

        Slot = slot;
    }
}
