using System.Collections.Generic;
using System.Text.Json;
using Poortwachter.Cases;

namespace Poortwachter.Json;

/// <summary>
/// Reads the items of <c>$.events</c> by the table of <see cref="EventSchema"/>: the type, the fields that type allows,
/// the fields it needs, and each field's value by its kind. An event with a problem is reported and left out.
/// </summary>
internal static class EventReader
{
    /// <summary>Reads the items of <c>$.events</c>.</summary>
    /// <param name="array">The array.</param>
    /// <param name="problems">Where the problems go.</param>
    /// <param name="options">The host's extra event types, or null.</param>
    /// <returns>The events without a problem.</returns>
    public static List<CaseEvent> ReadEvents(JsonElement array, CaseProblems problems, CaseReaderOptions? options)
    {
        var result = new List<CaseEvent>(array.GetArrayLength());
        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            if (ReadEvent(item, JsonPath.Index("$.events", i++), problems, options) is { } e)
            {
                result.Add(e);
            }
        }

        return result;
    }

    /// <summary>Reads one event.</summary>
    /// <param name="item">The item of <c>events</c>.</param>
    /// <param name="path">Its path.</param>
    /// <param name="problems">Where the problems go.</param>
    /// <param name="options">The host's extra event types, or null.</param>
    /// <returns>The event, or null when it has a problem.</returns>
    private static CaseEvent? ReadEvent(JsonElement item, string path, CaseProblems problems, CaseReaderOptions? options)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            problems.Add(path, ReaderTexts.EventNotAnObject(item));
            return null;
        }

        var before = problems.Count;
        var entry = EventSchema.AnyType;
        var code = string.Empty;
        var typeKnown = false;
        if (
            item.TryGetProperty(EventSchema.Type.Utf8Name, out var typeValue)
            && JsonValues.ReadString(problems, typeValue, path, "type") is { } type
        )
        {
            typeKnown = EventSchema.TryFind(type, options, out entry, out code);
            if (!typeKnown)
            {
                problems.Add(path + ".type", ReaderTexts.UnknownEventType(type, EventSchema.KnownTypes(options)));
            }
        }

        var values = default(EventValues);
        var seen = 0;
        foreach (var property in item.EnumerateObject())
        {
            var field = FieldNamed(property);
            var name = field?.Name ?? property.Name;
            if (field is null || (entry.AllowedMask & field.Bit) == 0)
            {
                if (typeKnown)
                {
                    problems.Unknown(path, name, entry.AllowedNames, ReaderTexts.AnEventOfType(code));
                }
                else if (field is null)
                {
                    problems.Unknown(path, name, EventSchema.AnyType.AllowedNames, ReaderTexts.AnEvent);
                }

                continue;
            }

            if (!problems.Duplicate(ref seen, field.Bit, path, name) && field != EventSchema.Type)
            {
                ReadField(field, property.Value, path, problems, ref values);
            }
        }

        foreach (var f in entry.Fields)
        {
            if (f.Required && (seen & f.Field.Bit) == 0)
            {
                problems.Missing(
                    path,
                    f.Field.Name,
                    f.Field == EventSchema.Type ? ReaderTexts.EventTypeHint(EventSchema.KnownTypes(options)) : f.Hint ?? string.Empty
                );
            }
        }

        if (problems.Count > before || !typeKnown || values.Date(EventSchema.On) is not { } on)
        {
            return null;
        }

        return entry.Create(code, on, in values);
    }

    /// <summary>The field of the schema that a property names; null when it names none.</summary>
    /// <param name="property">The property.</param>
    /// <returns>The field, or null.</returns>
    private static EventField? FieldNamed(JsonProperty property)
    {
        foreach (var f in EventSchema.Fields)
        {
            if (property.NameEquals(f.Utf8Name))
            {
                return f;
            }
        }

        return null;
    }

    /// <summary>Reads the value of an event field by its kind into its slot.</summary>
    /// <param name="field">The field.</param>
    /// <param name="value">The value.</param>
    /// <param name="path">The path of the event.</param>
    /// <param name="problems">Where a problem goes.</param>
    /// <param name="values">The values of the event read so far.</param>
    private static void ReadField(EventField field, JsonElement value, string path, CaseProblems problems, ref EventValues values)
    {
        if (field.NullAllowed && value.ValueKind == JsonValueKind.Null)
        {
            return;
        }

        switch (field.Kind)
        {
            case FieldKind.Date:
                values.Set(field, JsonValues.ReadDate(problems, value, path, field.Name, field.NullAllowed));
                break;
            case FieldKind.Text:
                values.Set(field, JsonValues.ReadString(problems, value, path, field.Name));
                break;
            case FieldKind.Boolean:
                values.Set(field, JsonValues.ReadBoolean(problems, value, path, field.Name));
                break;
            default:
                if (JsonValues.ReadWholeNumber(problems, value, path, field.Name, field.Expected) is { } number)
                {
                    values.Set(field, number);
                }

                break;
        }
    }
}
