using NodaTime;

namespace Poortwachter.Json;

/// <summary>
/// The values read from one event, a slot per field of each kind (<see cref="EventField.Slot"/>), on the stack: reading
/// an event allocates nothing for them.
/// </summary>
internal struct EventValues
{
    private LocalDate? _date0;
    private LocalDate? _date1;
    private LocalDate? _date2;
    private LocalDate? _date3;
    private string? _text0;
    private string? _text1;
    private string? _text2;
    private int? _number0;
    private int? _number1;
    private bool? _boolean0;
    private bool? _boolean1;
    private bool? _boolean2;

    /// <summary>How many fields of a kind the values can hold.</summary>
    public static int SlotsOf(FieldKind kind) =>
        kind switch
        {
            FieldKind.WholeNumber => 2,
            FieldKind.Date => 4,
            _ => 3,
        };

    /// <summary>The date read for a field, or null.</summary>
    public readonly LocalDate? Date(EventField field) =>
        field.Slot switch
        {
            0 => _date0,
            1 => _date1,
            2 => _date2,
            _ => _date3,
        };

    /// <summary>The string read for a field, or null.</summary>
    public readonly string? Text(EventField field) =>
        field.Slot switch
        {
            0 => _text0,
            1 => _text1,
            _ => _text2,
        };

    /// <summary>The whole number read for a field, or null.</summary>
    public readonly int? Number(EventField field) => field.Slot == 0 ? _number0 : _number1;

    /// <summary>The boolean read for a field, or null.</summary>
    public readonly bool? Boolean(EventField field) =>
        field.Slot switch
        {
            0 => _boolean0,
            1 => _boolean1,
            _ => _boolean2,
        };

    /// <summary>Keeps the date read for a field.</summary>
    public void Set(EventField field, LocalDate? value)
    {
        switch (field.Slot)
        {
            case 0:
                _date0 = value;
                break;
            case 1:
                _date1 = value;
                break;
            case 2:
                _date2 = value;
                break;
            default:
                _date3 = value;
                break;
        }
    }

    /// <summary>Keeps the string read for a field.</summary>
    public void Set(EventField field, string? value)
    {
        switch (field.Slot)
        {
            case 0:
                _text0 = value;
                break;
            case 1:
                _text1 = value;
                break;
            default:
                _text2 = value;
                break;
        }
    }

    /// <summary>Keeps the whole number read for a field.</summary>
    public void Set(EventField field, int? value)
    {
        if (field.Slot == 0)
        {
            _number0 = value;
        }
        else
        {
            _number1 = value;
        }
    }

    /// <summary>Keeps the boolean read for a field.</summary>
    public void Set(EventField field, bool? value)
    {
        switch (field.Slot)
        {
            case 0:
                _boolean0 = value;
                break;
            case 1:
                _boolean1 = value;
                break;
            default:
                _boolean2 = value;
                break;
        }
    }
}
