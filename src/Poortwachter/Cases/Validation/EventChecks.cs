using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Timeline;

namespace Poortwachter.Cases.Validation;

/// <summary>
/// The events: each has a type and a day in range on or after the first sick day, and each kind its own
/// fields and the events it needs before it (a bekorting after a loonsanctie, a placement after the start of spoor 2).
/// </summary>
internal static class EventChecks
{
    /// <summary>Checks the events of a case.</summary>
    public static void Check(SicknessCase @case, IReadOnlyList<CaseEvent> events, Problems problems)
    {
        var day1 = @case.FirstSickDay;
        var earliest = Earliest.Of(events);
        var applications = 0;
        var decisions = 0;
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            var path = new ItemPath("$.events", i);
            if (string.IsNullOrWhiteSpace(e.Type))
            {
                problems.Add(path.With(".type"), "type is required.");
            }

            if (problems.CheckRange(path, ".on", e.On) && e.On < day1)
            {
                problems.Add(
                    path.With(".on"),
                    $"{e.Type} on {IsoDates.Format(e.On)} is before the first sick day {IsoDates.Format(day1)}: events of a case happen on or after day 1."
                );
            }

            CheckFields(e, day1, earliest, path, problems);
            if (e is VervroegdeIvaAanvraag or VervroegdeIvaBesluit)
            {
                CheckOnce(e, ref applications, ref decisions, path, problems);
            }
        }
    }

    /// <summary>One application for a shortened wachttijd (WIA art. 66 lid 2), and one decision on it.</summary>
    private static void CheckOnce(CaseEvent e, ref int applications, ref int decisions, ItemPath path, Problems problems)
    {
        if (e is VervroegdeIvaAanvraag && applications++ > 0)
        {
            problems.Add(
                path.Text,
                $"a second vervroegde-iva-aanvraag (on {IsoDates.Format(e.On)}): an application for a shortened wachttijd can be made only once (WIA art. 66 lid 2)."
            );
        }
        else if (e is VervroegdeIvaBesluit && decisions++ > 0)
        {
            problems.Add(
                path.Text,
                $"a second vervroegde-iva-besluit (on {IsoDates.Format(e.On)}): the one application gets one decision (WIA art. 66 lid 2); record UWV's final decision only (after an objection, the decision on it)."
            );
        }
    }

    private static void CheckFields(CaseEvent e, LocalDate day1, Earliest earliest, ItemPath path, Problems problems)
    {
        switch (e)
        {
            case Loonsanctie l:
                if (l.Weeks is < 1 or > 52)
                {
                    problems.Add(path.With(".weeks"), $"a loonsanctie lasts 1 to 52 weeks (WIA art. 25 lid 9), not {l.Weeks}.");
                }

                break;
            case Bekorting b:
                if (earliest.Sanction is not { } sanction || sanction >= b.On)
                {
                    problems.Add(
                        path.Text,
                        $"bekorting on {IsoDates.Format(b.On)} without a loonsanctie before that day: a bekorting is UWV's finding that the employer repaired the shortcoming, which the employer reports after the loonsanctie and UWV judges within three weeks of that report (WIA art. 25 lid 12-14), so it comes after the decision, never on its day."
                    );
                }

                break;
            case Herstelmelding m:
                if (earliest.Sanction is not { } sanctioned || sanctioned >= m.On)
                {
                    problems.Add(
                        path.Text,
                        $"herstelmelding on {IsoDates.Format(m.On)} without a loonsanctie before that day: the employer reports the repair of the shortcoming behind a loonsanctie (WIA art. 25 lid 12), so it comes after UWV's decision."
                    );
                }

                break;
            case HerstelAfgewezen n:
                if (earliest.Herstelmelding is not { } reported || reported >= n.On)
                {
                    problems.Add(
                        path.Text,
                        $"herstel-afgewezen on {IsoDates.Format(n.On)} without a herstelmelding before that day: UWV decides on the employer's report of the repair (WIA art. 25 lid 13-14), so it comes after that report."
                    );
                }

                break;
            case RivAanvulling r:
                if (earliest.Verlenging is not { } granted || granted > r.On)
                {
                    problems.Add(
                        path.Text,
                        $"riv-aanvulling on {IsoDates.Format(r.On)} without a voluntary extension (event 'verlenging') on or before that day: the RIV is supplemented after an extension (WIA art. 25 lid 4 onder b)."
                    );
                }

                break;
            case Verlenging v:
                if (problems.CheckRange(path, ".until", v.Until) && v.Until <= e.On)
                {
                    problems.Add(
                        path.With(".until"),
                        $"the extended wage period must end after the day it was granted ({IsoDates.Format(v.On)}), not on {IsoDates.Format(v.Until)}."
                    );
                }

                break;
            case VerlengingVerzoek r:
                if (
                    earliest.Verlenging is { } firstGrant
                    && earliest.VerlengingVerzoek is { } firstRequest
                    && firstRequest == r.On
                    && firstGrant < r.On
                )
                {
                    problems.Add(
                        path.Text,
                        $"verlenging-verzoek on {IsoDates.Format(r.On)} after the voluntary extension granted on {IsoDates.Format(firstGrant)}, with no request on or before that grant: UWV extends 'op gezamenlijk verzoek van de verzekerde en die werkgever' (WIA art. 24 lid 1), so a grant's request comes on or before it. Record the request of that grant on the day it was made (a later request for a further extension, lid 2, is then accepted), or leave the requests out."
                    );
                }

                break;
            case Afwijking a:
                CheckDeviation(a, day1, path, problems);
                break;
            case Spoor2Uitstel u:
                if (problems.CheckRange(path, ".until", u.Until) && u.Until <= e.On)
                {
                    problems.Add(
                        path.With(".until"),
                        $"the prospect of full return ({IsoDates.Format(u.Until)}) must lie after the day spoor 2 was postponed ({IsoDates.Format(u.On)})."
                    );
                }

                break;
            case Spoor2Trajectplan t:
                if (t.PlannedMonths is { } months && months is < 1 or > 24)
                {
                    problems.Add(
                        path.With(".months"),
                        $"a spoor-2 trajectory is planned for 1 to 24 months (6, 9 or 12 in practice), not {months}."
                    );
                }

                break;
            case Spoor2Plaatsing p:
                if (earliest.Spoor2Start is not { } started || started > p.On)
                {
                    problems.Add(
                        path.Text,
                        $"spoor-2-plaatsing on {IsoDates.Format(p.On)} without the start of spoor 2 (event 'spoor-2') on or before that day: a placement with another employer is the result of spoor 2."
                    );
                }

                break;
            case VervroegdeIvaBesluit d:
                CheckIvaDecision(d, earliest, path, problems);
                break;
            case ObligationFulfilled:
            case VervroegdeIvaAanvraag:
            case GeenTerugkeerEigenOrganisatie:
            case GeenTerugkeerEigenFunctie:
            case UwvWiaBrief:
                break;
        }
    }

    /// <summary>
    /// A decision on a shortened wachttijd: after the application; with the end UWV fixed when granted, and none when
    /// refused; that end not earlier than ten weeks after the application (WIA art. 23 lid 6). The bounds of 13 and 78
    /// weeks run on the clock, so the engine checks them (<c>Engine.ShortenedWachttijdFacts</c>).
    /// </summary>
    private static void CheckIvaDecision(VervroegdeIvaBesluit d, Earliest earliest, ItemPath path, Problems problems)
    {
        var applied = earliest.IvaAanvraag;
        if (applied is not { } p || p > d.On)
        {
            problems.Add(
                path.Text,
                $"vervroegde-iva-besluit on {IsoDates.Format(d.On)} without an application for a shortened wachttijd (event 'vervroegde-iva-aanvraag') on or before that day: UWV decides on the employee's application (WIA art. 23 lid 6)."
            );
        }

        if (d.WachttijdEndsOn is not { } end)
        {
            if (d.Granted)
            {
                problems.Add(
                    path.With(".wachttijdEndsOn"),
                    "a granted shortened wachttijd needs wachttijdEndsOn: the last day of the wachttijd as UWV fixed it (WIA art. 23 lid 6)."
                );
            }

            return;
        }

        if (!d.Granted)
        {
            problems.Add(
                path.With(".wachttijdEndsOn"),
                $"a refused shortened wachttijd has no end ({IsoDates.Format(end)} given): only a granted decision fixes one (WIA art. 23 lid 6); the wachttijd runs its 104 weeks."
            );
            return;
        }

        // An application out of range is reported at its own path; counting ten weeks from it could pass the end of
        // the calendar (9999-12-31), so only an application in range is compared.
        if (
            problems.CheckRange(path, ".wachttijdEndsOn", end)
            && applied is { } a
            && Problems.InRange(a)
            && end < a.PlusDays(ShortenedWachttijd.EarliestDaysAfterApplication - 1)
        )
        {
            problems.Add(path.With(".wachttijdEndsOn"), ShortenedWachttijd.TooSoonAfterApplication(end, a));
        }
    }

    private static void CheckDeviation(Afwijking a, LocalDate day1, ItemPath path, Problems problems)
    {
        if (string.IsNullOrEmpty(a.Obligation))
        {
            problems.Add(path.With(".obligation"), "obligation is required: the code of the obligation whose term is changed.");
        }
        else if (!EventCodes.DeviableObligations.Contains(a.Obligation, StringComparer.Ordinal))
        {
            problems.Add(
                path.With(".obligation"),
                $"'{a.Obligation}' is not a term of art. 2 or 4 of the Regeling procesgang: art. 5 allows a reasoned deviation only for {string.Join(", ", EventCodes.DeviableObligations)}."
            );
        }

        if (problems.CheckRange(path, ".dueBy", a.DueBy) && a.DueBy < day1)
        {
            problems.Add(path.With(".dueBy"), $"dueBy {IsoDates.Format(a.DueBy)} is before the first sick day {IsoDates.Format(day1)}.");
        }

        if (string.IsNullOrWhiteSpace(a.Reason))
        {
            problems.Add(path.With(".reason"), "a deviation needs its reason (Regeling procesgang art. 5: 'gemotiveerd').");
        }
    }

    /// <summary>
    /// The earliest day of each event another event needs before it. Found in one pass, it answers for every
    /// event whether its predecessor came first (a scan per event cost n^2 on hostile input).
    /// </summary>
    private readonly struct Earliest
    {
        private Earliest(
            LocalDate? sanction,
            LocalDate? spoor2Start,
            LocalDate? herstelmelding,
            LocalDate? verlenging,
            LocalDate? ivaAanvraag,
            LocalDate? verlengingVerzoek
        )
        {
            VerlengingVerzoek = verlengingVerzoek;
            IvaAanvraag = ivaAanvraag;
            Sanction = sanction;
            Spoor2Start = spoor2Start;
            Herstelmelding = herstelmelding;
            Verlenging = verlenging;
        }

        public LocalDate? Sanction { get; }

        public LocalDate? Spoor2Start { get; }

        public LocalDate? Herstelmelding { get; }

        public LocalDate? Verlenging { get; }

        public LocalDate? IvaAanvraag { get; }

        public LocalDate? VerlengingVerzoek { get; }

        public static Earliest Of(IReadOnlyList<CaseEvent> events)
        {
            LocalDate? sanction = null;
            LocalDate? start = null;
            LocalDate? melding = null;
            LocalDate? verlenging = null;
            LocalDate? ivaAanvraag = null;
            LocalDate? verzoek = null;
            for (var at = 0; at < events.Count; at++)
            {
                var e = events[at];
                if (e is Loonsanctie s && (sanction is not { } fs || s.On < fs))
                {
                    sanction = s.On;
                }
                else if (e is ObligationFulfilled { Obligation: ObligationCodes.Spoor2 } st && (start is not { } ft || st.On < ft))
                {
                    start = st.On;
                }
                else if (e is Herstelmelding m && (melding is not { } fm || m.On < fm))
                {
                    melding = m.On;
                }
                else if (e is Verlenging v && (verlenging is not { } fv || v.On < fv))
                {
                    verlenging = v.On;
                }
                else if (e is VervroegdeIvaAanvraag i && (ivaAanvraag is not { } fi || i.On < fi))
                {
                    ivaAanvraag = i.On;
                }
                else if (e is Cases.VerlengingVerzoek r && (verzoek is not { } fr || r.On < fr))
                {
                    verzoek = r.On;
                }
            }

            return new Earliest(sanction, start, melding, verlenging, ivaAanvraag, verzoek);
        }
    }
}
