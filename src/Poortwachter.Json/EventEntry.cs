using System;
using System.Text.Json;
using NodaTime;
using Poortwachter.Cases;

namespace Poortwachter.Json;

/// <summary>A field of an event type: whether it is required and, when it is, the hint given when it is missing.</summary>
internal readonly struct EntryField(EventField field, bool required, string? hint)
{
    /// <summary>Gets the field.</summary>
    public EventField Field { get; } = field;

    /// <summary>Gets a value indicating whether an event of the type must have the field.</summary>
    public bool Required { get; } = required;

    /// <summary>Gets what "x is missing: ..." says to do.</summary>
    public string? Hint { get; } = hint;
}

/// <summary>Builds an event of an entry from the values read; called only when the event was read without problems.</summary>
internal delegate T EventFactory<out T>(string code, LocalDate on, EventValues values)
    where T : CaseEvent;

/// <summary>An event type of the contract (or, for obligations done, every code read as one).</summary>
internal abstract class EventEntry
{
    private protected EventEntry(string? code, bool isFact, bool writesFields, EntryField[] extra)
    {
        WritesFields = writesFields;
        Code = code;
        IsFact = isFact;
        Fields = [new(EventSchema.Type, required: true, hint: null), new(EventSchema.On, required: true, EventSchema.OnHint), .. extra];
        AllowedNames = new string[Fields.Length];
        for (var i = 0; i < Fields.Length; i++)
        {
            AllowedNames[i] = Fields[i].Field.Name;
            AllowedMask |= Fields[i].Field.Bit;
        }
    }

    /// <summary>Gets the code, or null for the entry of the obligations done, which takes any obligation code.</summary>
    public string? Code { get; }

    /// <summary>Gets a value indicating whether the type is a fact rather than an obligation done.</summary>
    public bool IsFact { get; }

    /// <summary>Gets the fields an event of the type has: <c>type</c> and <c>on</c>, then its own, in the order messages list them.</summary>
    public EntryField[] Fields { get; }

    /// <summary>Gets the names of <see cref="Fields"/>, for "has only ..." messages and suggestions.</summary>
    public string[] AllowedNames { get; }

    /// <summary>Gets a value indicating whether an event of the type has fields to write after <c>type</c> and <c>on</c>.</summary>
    public bool WritesFields { get; }

    /// <summary>Gets the bits of <see cref="Fields"/>.</summary>
    public int AllowedMask { get; }

    /// <summary>Gets the class of the events built (<see cref="CaseEvent"/> for <see cref="EventSchema.AnyType"/>, which builds none).</summary>
    public abstract System.Type EventClass { get; }

    /// <summary>A field an event of the type must have.</summary>
    public static EntryField Required(EventField field, string hint) => new(field, required: true, hint);

    /// <summary>A field an event of the type may have.</summary>
    public static EntryField Optional(EventField field) => new(field, required: false, hint: null);

    /// <summary>The entry of an event whose type is missing or unknown: it allows every field and builds no event.</summary>
    public static EventEntry Any()
    {
        var others = new EntryField[EventSchema.Fields.Length - 2];
        for (var i = 2; i < EventSchema.Fields.Length; i++)
        {
            others[i - 2] = Optional(EventSchema.Fields[i]);
        }

        return new EventEntry<CaseEvent>(null, static (_, _, _) => throw new NotSupportedException(), null, others);
    }

    /// <summary>Builds the event from the values read.</summary>
    public abstract CaseEvent Create(string code, LocalDate on, in EventValues values);

    /// <summary>Writes the event's fields after <c>type</c> and <c>on</c> (nothing when not <see cref="WritesFields"/>).</summary>
    public abstract void WriteFields(Utf8JsonWriter w, CaseEvent e);
}

/// <summary>An event type whose events are of class <typeparamref name="T"/>.</summary>
/// <typeparam name="T">The event class.</typeparam>
internal sealed class EventEntry<T> : EventEntry
    where T : CaseEvent
{
    private readonly EventFactory<T> _create;
    private readonly Action<Utf8JsonWriter, T>? _write;

    public EventEntry(string? code, EventFactory<T> create, Action<Utf8JsonWriter, T>? write, params EntryField[] extra)
        : base(code, !typeof(ObligationFulfilled).IsAssignableFrom(typeof(T)), write is not null, extra)
    {
        _create = create;
        _write = write;
    }

    /// <inheritdoc/>
    public override System.Type EventClass => typeof(T);

    /// <inheritdoc/>
    public override CaseEvent Create(string code, LocalDate on, in EventValues values) => _create(code, on, values);

    /// <inheritdoc/>
    public override void WriteFields(Utf8JsonWriter w, CaseEvent e) => _write?.Invoke(w, (T)e);
}
