using System.Collections.Generic;
using System.Text.Json;
using NodaTime;
using Poortwachter.Cases;

namespace Poortwachter.Json;

/// <summary>
/// Reads the root object of a case document: its own properties, and its <c>sickness</c>, <c>leave</c> and
/// <c>events</c> through <see cref="PeriodReader"/> and <see cref="EventReader"/>. It builds the case only when the
/// document has no problem at all.
/// </summary>
internal static class CaseRootReader
{
    private const string Root = "$";

    /// <summary>The properties of a case, in the order in which "a case has only ..." lists them.</summary>
    private static readonly string[] Properties =
    [
        "caseId",
        "firstSickDay",
        "sickness",
        "leave",
        "employmentEndsOn",
        "lastWorkingDay",
        "eigenrisicodragerZw",
        "vangnet",
        "eigenrisicodragerWga",
        "reachesAowAgeOn",
        "events",
    ];

    /// <summary>Reads the root of a case document.</summary>
    /// <param name="root">The root value.</param>
    /// <param name="problems">Where the problems go.</param>
    /// <param name="options">The host's extra event types, or null.</param>
    /// <returns>The case, or null when the document has problems.</returns>
    public static SicknessCase? Read(JsonElement root, CaseProblems problems, CaseReaderOptions? options)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            problems.Add(Root, ReaderTexts.CaseNotAnObject(root));
            return null;
        }

        string? caseId = null;
        LocalDate? firstSickDay = null;
        LocalDate? employmentEndsOn = null;
        LocalDate? lastWorkingDay = null;
        var eigenrisicodragerZw = false;
        string? vangnet = null;
        var eigenrisicodragerWga = false;
        LocalDate? reachesAowAgeOn = null;
        List<SicknessPeriod>? sickness = null;
        List<LeavePeriod>? leave = null;
        List<CaseEvent>? events = null;
        var seen = 0;
        foreach (var property in root.EnumerateObject())
        {
            var value = property.Value;
            if (property.NameEquals("caseId"))
            {
                if (!problems.Duplicate(ref seen, 1, Root, "caseId"))
                {
                    caseId = JsonValues.ReadString(problems, value, Root, "caseId");
                }
            }
            else if (property.NameEquals("firstSickDay"))
            {
                if (!problems.Duplicate(ref seen, 2, Root, "firstSickDay"))
                {
                    firstSickDay = JsonValues.ReadDate(problems, value, Root, "firstSickDay", nullable: false);
                }
            }
            else if (property.NameEquals("sickness"))
            {
                if (
                    !problems.Duplicate(ref seen, 4, Root, "sickness")
                    && JsonValues.IsArrayOrNull(problems, value, "$.sickness", "sickness", ReaderTexts.SicknessItems)
                )
                {
                    sickness = PeriodReader.ReadSickness(value, problems);
                }
            }
            else if (property.NameEquals("leave"))
            {
                if (
                    !problems.Duplicate(ref seen, 8, Root, "leave")
                    && JsonValues.IsArrayOrNull(problems, value, "$.leave", "leave", ReaderTexts.LeaveItems)
                )
                {
                    leave = PeriodReader.ReadLeave(value, problems);
                }
            }
            else if (property.NameEquals("employmentEndsOn"))
            {
                if (!problems.Duplicate(ref seen, 16, Root, "employmentEndsOn"))
                {
                    employmentEndsOn = JsonValues.ReadDate(problems, value, Root, "employmentEndsOn", nullable: true);
                }
            }
            else if (property.NameEquals("lastWorkingDay"))
            {
                if (!problems.Duplicate(ref seen, 64, Root, "lastWorkingDay"))
                {
                    lastWorkingDay = JsonValues.ReadDate(problems, value, Root, "lastWorkingDay", nullable: true);
                }
            }
            else if (property.NameEquals("eigenrisicodragerZw"))
            {
                if (
                    !problems.Duplicate(ref seen, 128, Root, "eigenrisicodragerZw")
                    && JsonValues.ReadBoolean(problems, value, Root, "eigenrisicodragerZw") is { } erd
                )
                {
                    eigenrisicodragerZw = erd;
                }
            }
            else if (property.NameEquals("vangnet"))
            {
                // A string code (checked by the validator, which lists the codes) or null for an ordinary case.
                if (!problems.Duplicate(ref seen, 1024, Root, "vangnet") && value.ValueKind != JsonValueKind.Null)
                {
                    vangnet = JsonValues.ReadString(problems, value, Root, "vangnet");
                }
            }
            else if (property.NameEquals("eigenrisicodragerWga"))
            {
                if (
                    !problems.Duplicate(ref seen, 2048, Root, "eigenrisicodragerWga")
                    && JsonValues.ReadBoolean(problems, value, Root, "eigenrisicodragerWga") is { } erdWga
                )
                {
                    eigenrisicodragerWga = erdWga;
                }
            }
            else if (property.NameEquals("reachesAowAgeOn"))
            {
                if (!problems.Duplicate(ref seen, 256, Root, "reachesAowAgeOn"))
                {
                    reachesAowAgeOn = JsonValues.ReadDate(problems, value, Root, "reachesAowAgeOn", nullable: true);
                }
            }
            else if (property.NameEquals("events"))
            {
                if (
                    !problems.Duplicate(ref seen, 32, Root, "events")
                    && JsonValues.IsArrayOrNull(problems, value, "$.events", "events", ReaderTexts.EventItems)
                )
                {
                    events = EventReader.ReadEvents(value, problems, options);
                }
            }
            else
            {
                problems.Unknown(Root, property.Name, Properties, ReaderTexts.ACase);
            }
        }

        if ((seen & 1) == 0)
        {
            problems.Missing(Root, "caseId", ReaderTexts.CaseIdHint);
        }

        if ((seen & 2) == 0)
        {
            problems.Missing(Root, "firstSickDay", ReaderTexts.FirstSickDayHint);
        }

        if (problems.Count > 0 || caseId is null || firstSickDay is not { } day1)
        {
            return null;
        }

        return new SicknessCase(caseId, day1, sickness, leave, employmentEndsOn, events)
        {
            LastWorkingDay = lastWorkingDay,
            EigenrisicodragerZw = eigenrisicodragerZw,
            Vangnet = vangnet,
            EigenrisicodragerWga = eigenrisicodragerWga,
            ReachesAowAgeOn = reachesAowAgeOn,
        };
    }
}
