using System;
using System.Collections.Generic;
using System.Linq;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Poortwachter.Rules;

namespace Poortwachter.Json;

/// <summary>
/// The contract's event types in one table: per type its code, the fields it needs or allows, the hint given when a
/// needed field is missing, how the event is built from what was read and how its fields are written. The reader,
/// the writer, the list of known types in messages, the "did you mean" suggestions and
/// <see cref="CaseReaderOptions.AddObligationCode"/> all take the types from here. To add a fact, add its entry to
/// <see cref="Facts"/> (a new field to <see cref="Fields"/>); the tests then ask for its row in the table "Event fields"
/// of docs/contract.md and in the case schema.
/// </summary>
internal static class EventSchema
{
    /// <summary>The event type: the discriminator every event has.</summary>
    public static readonly EventField Type = EventField.Text("type");

    /// <summary>The date on which the event happened; every event has one.</summary>
    public static readonly EventField On = EventField.Date("on");

    /// <summary>What "on is missing: ..." says, for every event.</summary>
    public const string OnHint = "give the date on which it happened, such as \"2025-02-10\".";

    /// <summary>The length of a loonsanctie.</summary>
    public static readonly EventField Weeks = EventField.WholeNumber(
        "weeks",
        "a whole number of weeks (1 to 52)",
        1,
        52,
        nullAllowed: false
    );

    /// <summary>The last day of a verlenging, or the expected return of a spoor-2-uitstel.</summary>
    public static readonly EventField Until = EventField.Date("until");

    /// <summary>The obligation whose term an afwijking changes.</summary>
    public static readonly EventField Obligation = EventField.Text("obligation");

    /// <summary>The new due date an afwijking sets.</summary>
    public static readonly EventField DueBy = EventField.Date("dueBy");

    /// <summary>The reason recorded with an afwijking.</summary>
    public static readonly EventField Reason = EventField.Text("reason");

    /// <summary>The planned length of a spoor-2 trajectory; <c>null</c> counts as absent.</summary>
    public static readonly EventField Months = EventField.WholeNumber(
        "months",
        "a whole number of months (6, 9 or 12 in practice)",
        1,
        24,
        nullAllowed: true
    );

    /// <summary>Whether a plan van aanpak or evaluation holds the employer's view on the re-integration (Regeling procesgang art. 4 lid 2, 2023).</summary>
    public static readonly EventField VisieWerkgever = EventField.Boolean("visieWerkgever");

    /// <summary>Whether a plan van aanpak or evaluation holds the employee's view on the re-integration (Regeling procesgang art. 4 lid 2, 2023).</summary>
    public static readonly EventField VisieWerknemer = EventField.Boolean("visieWerknemer");

    /// <summary>Whether UWV granted a shortened wachttijd (event <c>vervroegde-iva-besluit</c>).</summary>
    public static readonly EventField Granted = EventField.Boolean("granted");

    /// <summary>The last day of a shortened wachttijd as UWV fixed it; only on a granted <c>vervroegde-iva-besluit</c>.</summary>
    public static readonly EventField WachttijdEndsOn = EventField.Date("wachttijdEndsOn");

    /// <summary>
    /// Every field an event can have. A field's position is its bit in a mask of fields; the order is the order in
    /// which "an event has only ..." lists them.
    /// </summary>
    public static readonly EventField[] Fields = Numbered([
        Type,
        On,
        Weeks,
        Until,
        Obligation,
        DueBy,
        Reason,
        Months,
        VisieWerkgever,
        VisieWerknemer,
        Granted,
        WachttijdEndsOn,
    ]);

    /// <summary>An obligation done: a shipped obligation code (but <c>spoor-2-trajectplan</c> and the <see cref="Documents"/>) or a host's code; type and on only.</summary>
    public static readonly EventEntry ObligationDone = new EventEntry<ObligationFulfilled>(
        code: null,
        static (code, on, _) => new ObligationFulfilled(code, on),
        write: null
    );

    /// <summary>The spoor-2 trajectory plan: an obligation done that may give its planned length.</summary>
    public static readonly EventEntry Trajectplan = new EventEntry<Spoor2Trajectplan>(
        ObligationCodes.Spoor2Trajectplan,
        static (_, on, v) => new Spoor2Trajectplan(on, v.Number(Months)),
        static (w, e) =>
        {
            if (e.PlannedMonths is { } months)
            {
                Months.Write(w, months);
            }
        },
        EventEntry.Optional(Months)
    );

    /// <summary>
    /// The documents of the plan van aanpak: obligations done that may record whether they hold the views of employer
    /// and employee (the re-integratievisie). A later <c>plan-van-aanpak</c> is a bijstelling.
    /// </summary>
    public static readonly EventEntry[] Documents =
    [
        Document<PlanVanAanpak>(
            ObligationCodes.PlanVanAanpak,
            static (_, on, v) => new PlanVanAanpak(on, v.Boolean(VisieWerkgever), v.Boolean(VisieWerknemer))
        ),
        Document<Evaluatie>(
            ObligationCodes.Evaluatie,
            static (_, on, v) => new Evaluatie(on, v.Boolean(VisieWerkgever), v.Boolean(VisieWerknemer))
        ),
        Document<Eerstejaarsevaluatie>(
            ObligationCodes.Eerstejaarsevaluatie,
            static (_, on, v) => new Eerstejaarsevaluatie(on, v.Boolean(VisieWerkgever), v.Boolean(VisieWerknemer))
        ),
    ];

    /// <summary>
    /// The facts: the event types that are not an obligation done, in the order in which the list of known types
    /// names them (after the obligation codes).
    /// </summary>
    public static readonly EventEntry[] Facts =
    [
        new EventEntry<GeenTerugkeerEigenOrganisatie>(
            EventCodes.GeenTerugkeerEigenOrganisatie,
            static (_, on, _) => new GeenTerugkeerEigenOrganisatie(on),
            write: null
        ),
        new EventEntry<GeenTerugkeerEigenFunctie>(
            EventCodes.GeenTerugkeerEigenFunctie,
            static (_, on, _) => new GeenTerugkeerEigenFunctie(on),
            write: null
        ),
        new EventEntry<Spoor2Uitstel>(
            EventCodes.Spoor2Uitstel,
            static (_, on, v) => new Spoor2Uitstel(on, v.Date(Until).GetValueOrDefault()),
            static (w, e) => Until.Write(w, e.Until),
            EventEntry.Required(Until, "give the date by which full return in the own work is expected (about three months at most).")
        ),
        new EventEntry<Spoor2Plaatsing>(EventCodes.Spoor2Plaatsing, static (_, on, _) => new Spoor2Plaatsing(on), write: null),
        new EventEntry<Loonsanctie>(
            EventCodes.Loonsanctie,
            static (_, on, v) => new Loonsanctie(on, v.Number(Weeks).GetValueOrDefault()),
            static (w, e) => Weeks.Write(w, e.Weeks),
            EventEntry.Required(Weeks, "give the length of the loonsanctie in weeks (1 to 52).")
        ),
        new EventEntry<Bekorting>(EventCodes.Bekorting, static (_, on, _) => new Bekorting(on), write: null),
        new EventEntry<Verlenging>(
            EventCodes.Verlenging,
            static (_, on, v) => new Verlenging(on, v.Date(Until).GetValueOrDefault()),
            static (w, e) => Until.Write(w, e.Until),
            EventEntry.Required(Until, "give the new last day of wage continuation granted by UWV.")
        ),
        new EventEntry<VerlengingVerzoek>(EventCodes.VerlengingVerzoek, static (_, on, _) => new VerlengingVerzoek(on), write: null),
        new EventEntry<Afwijking>(
            EventCodes.Afwijking,
            static (_, on, v) =>
                new Afwijking(on, v.Text(Obligation) ?? string.Empty, v.Date(DueBy).GetValueOrDefault(), v.Text(Reason) ?? string.Empty),
            static (w, e) =>
            {
                Obligation.Write(w, e.Obligation);
                DueBy.Write(w, e.DueBy);
                Reason.Write(w, e.Reason);
            },
            EventEntry.Required(Obligation, "give the code of the obligation whose term is changed."),
            EventEntry.Required(DueBy, "give the new last day on which the obligation is on time."),
            EventEntry.Required(Reason, "give the reason for the deviation (Regeling procesgang art. 5; no medical data).")
        ),
        new EventEntry<Herstelmelding>(EventCodes.Herstelmelding, static (_, on, _) => new Herstelmelding(on), write: null),
        new EventEntry<HerstelAfgewezen>(EventCodes.HerstelAfgewezen, static (_, on, _) => new HerstelAfgewezen(on), write: null),
        new EventEntry<UwvWiaBrief>(EventCodes.UwvWiaBrief, static (_, on, _) => new UwvWiaBrief(on), write: null),
        new EventEntry<RivAanvulling>(EventCodes.RivAanvulling, static (_, on, _) => new RivAanvulling(on), write: null),
        new EventEntry<VervroegdeIvaAanvraag>(
            EventCodes.VervroegdeIvaAanvraag,
            static (_, on, _) => new VervroegdeIvaAanvraag(on),
            write: null
        ),
        new EventEntry<VervroegdeIvaBesluit>(
            EventCodes.VervroegdeIvaBesluit,
            static (_, on, v) => new VervroegdeIvaBesluit(on, v.Boolean(Granted).GetValueOrDefault(), v.Date(WachttijdEndsOn)),
            static (w, e) =>
            {
                Granted.Write(w, e.Granted);
                if (e.WachttijdEndsOn is { } end)
                {
                    WachttijdEndsOn.Write(w, end);
                }
            },
            EventEntry.Required(Granted, "give true when UWV granted the shortened wachttijd, false when it refused it."),
            EventEntry.Optional(WachttijdEndsOn)
        ),
    ];

    /// <summary>Every entry: the obligations done (any code, and the trajectory plan), then the facts.</summary>
    public static readonly EventEntry[] Entries = [ObligationDone, Trajectplan, .. Documents, .. Facts];

    /// <summary>What an event whose type is missing or unknown may hold: every field, and only type and on are needed.</summary>
    public static readonly EventEntry AnyType = EventEntry.Any();

    /// <summary>The obligation codes of the shipped rule sets (<see cref="RuleSet.ObligationCodes"/>), in the law's order.</summary>
    private static readonly string[] ShippedObligationCodes = RuleSets
        .All.SelectMany(s => s.ObligationCodes)
        .Distinct(StringComparer.Ordinal)
        .ToArray();

    private static readonly Dictionary<string, KnownCode> ByCode = CreateByCode();
    private static readonly Dictionary<System.Type, EventEntry> ByClass = CreateByClass();

    /// <summary>Finds the entry of an event type: a shipped obligation code, a fact's code, or a host's obligation code.</summary>
    /// <param name="type">The <c>type</c> read.</param>
    /// <param name="options">The reader's options, with the host's obligation codes.</param>
    /// <param name="entry">The entry found.</param>
    /// <param name="code">The code to build the event with: the shipped constant, or <paramref name="type"/> for a host code.</param>
    /// <returns>Whether the type is known.</returns>
    public static bool TryFind(string type, CaseReaderOptions? options, out EventEntry entry, out string code)
    {
        if (ByCode.TryGetValue(type, out var known))
        {
            entry = known.Entry;
            code = known.Code;
            return true;
        }

        if (options is not null && options.AdditionalObligationCodes.Contains(type))
        {
            entry = ObligationDone;
            code = type;
            return true;
        }

        entry = AnyType;
        code = type;
        return false;
    }

    /// <summary>Whether a code is the code of a fact event (which cannot be a host's obligation code).</summary>
    /// <param name="code">The code.</param>
    /// <returns>Whether it names a fact.</returns>
    public static bool IsFact(string code) => ByCode.TryGetValue(code, out var known) && known.Entry.IsFact;

    /// <summary>
    /// The known types in the order messages list them: the shipped obligation codes, the host's codes, then the facts.
    /// </summary>
    /// <param name="options">The reader's options, with the host's obligation codes.</param>
    /// <returns>The codes.</returns>
    public static IEnumerable<string> KnownTypes(CaseReaderOptions? options)
    {
        foreach (var code in ShippedObligationCodes)
        {
            yield return code;
        }

        if (options is not null)
        {
            foreach (var code in options.AdditionalObligationCodes)
            {
                yield return code;
            }
        }

        foreach (var fact in Facts)
        {
            yield return fact.Code!;
        }
    }

    /// <summary>The entry that writes an event of this class: its own, or the obligation entry for a host's subclass of <see cref="ObligationFulfilled"/>.</summary>
    /// <param name="e">The event.</param>
    /// <returns>The entry, or null when the class is not part of the contract.</returns>
    public static EventEntry? ForEvent(CaseEvent e)
    {
        var type = e.GetType();
        if (type == typeof(ObligationFulfilled))
        {
            // Most events of a case are obligations done: no look-up for them.
            return ObligationDone;
        }

        return ByClass.TryGetValue(type, out var entry) ? entry
            : e is ObligationFulfilled ? ObligationDone
            : null;
    }

    /// <summary>The entry of a document of the plan van aanpak: an obligation done with the two optional views.</summary>
    private static EventEntry<T> Document<T>(string code, EventFactory<T> create)
        where T : ReIntegratieDocument =>
        new(
            code,
            create,
            static (w, e) =>
            {
                if (e.VisieWerkgever is { } werkgever)
                {
                    VisieWerkgever.Write(w, werkgever);
                }

                if (e.VisieWerknemer is { } werknemer)
                {
                    VisieWerknemer.Write(w, werknemer);
                }
            },
            EventEntry.Optional(VisieWerkgever),
            EventEntry.Optional(VisieWerknemer)
        );

    private static EventField[] Numbered(EventField[] fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i].Place(i, fields);
        }

        return fields;
    }

    private static Dictionary<string, KnownCode> CreateByCode()
    {
        // A shipped obligation code wins over a fact of the same name, and the trajectory plan and the documents over both; the codes are
        // distinct, so the order only matters if that ever breaks (a test checks it does not).
        var map = new Dictionary<string, KnownCode>(StringComparer.Ordinal);
        foreach (var fact in Facts)
        {
            map[fact.Code!] = new KnownCode(fact, fact.Code!);
        }

        foreach (var code in ShippedObligationCodes)
        {
            map[code] = new KnownCode(ObligationDone, code);
        }

        map[Trajectplan.Code!] = new KnownCode(Trajectplan, Trajectplan.Code!);
        foreach (var document in Documents)
        {
            map[document.Code!] = new KnownCode(document, document.Code!);
        }

        return map;
    }

    private static Dictionary<System.Type, EventEntry> CreateByClass()
    {
        var map = new Dictionary<System.Type, EventEntry>();
        foreach (var entry in Entries)
        {
            map.Add(entry.EventClass, entry);
        }

        return map;
    }

    private readonly struct KnownCode(EventEntry entry, string code)
    {
        public EventEntry Entry { get; } = entry;

        public string Code { get; } = code;
    }
}
