using System.Collections.Generic;
using System.Text.Json;
using NodaTime;
using Poortwachter.Cases;

namespace Poortwachter.Json;

/// <summary>
/// Reads the periods of a case document: the items of <c>sickness</c> (<c>from</c>, <c>until</c>) and of
/// <c>leave</c> (<c>kind</c>, <c>from</c>, <c>until</c>). A period with a problem is reported and left out.
/// </summary>
internal static class PeriodReader
{
    /// <summary>The properties of a sickness period, in the order in which "a sickness period has only ..." lists them.</summary>
    private static readonly string[] SicknessProperties = ["from", "until"];

    /// <summary>The properties of a leave period, in the order in which "a leave period has only ..." lists them.</summary>
    private static readonly string[] LeaveProperties = ["kind", "from", "until"];

    /// <summary>Reads the items of <c>$.sickness</c>.</summary>
    /// <param name="array">The array.</param>
    /// <param name="problems">Where the problems go.</param>
    /// <returns>The periods without a problem.</returns>
    public static List<SicknessPeriod> ReadSickness(JsonElement array, CaseProblems problems)
    {
        var result = new List<SicknessPeriod>(array.GetArrayLength());
        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            var path = JsonPath.Index("$.sickness", i++);
            if (item.ValueKind != JsonValueKind.Object)
            {
                problems.Add(path, ReaderTexts.SicknessNotAnObject(item));
                continue;
            }

            LocalDate? from = null;
            LocalDate? until = null;
            var seen = 0;
            var ok = true;
            foreach (var property in item.EnumerateObject())
            {
                if (property.NameEquals("from"))
                {
                    if (!problems.Duplicate(ref seen, 1, path, "from"))
                    {
                        from = JsonValues.ReadDate(problems, property.Value, path, "from", nullable: false);
                        ok &= from is not null;
                    }
                }
                else if (property.NameEquals("until"))
                {
                    if (!problems.Duplicate(ref seen, 2, path, "until"))
                    {
                        var before = problems.Count;
                        until = JsonValues.ReadDate(problems, property.Value, path, "until", nullable: true);
                        ok &= problems.Count == before;
                    }
                }
                else
                {
                    problems.Unknown(path, property.Name, SicknessProperties, ReaderTexts.ASicknessPeriod);
                    ok = false;
                }
            }

            if ((seen & 1) == 0)
            {
                problems.Missing(path, "from", ReaderTexts.SicknessFromHint);
            }
            else if (ok && from is { } f)
            {
                result.Add(new SicknessPeriod(f, until));
            }
        }

        return result;
    }

    /// <summary>Reads the items of <c>$.leave</c>.</summary>
    /// <param name="array">The array.</param>
    /// <param name="problems">Where the problems go.</param>
    /// <returns>The periods that have a known kind, a from and an until.</returns>
    public static List<LeavePeriod> ReadLeave(JsonElement array, CaseProblems problems)
    {
        var result = new List<LeavePeriod>(array.GetArrayLength());
        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            var path = JsonPath.Index("$.leave", i++);
            if (item.ValueKind != JsonValueKind.Object)
            {
                problems.Add(path, ReaderTexts.LeaveNotAnObject(item));
                continue;
            }

            LeaveKind? kind = null;
            LocalDate? from = null;
            LocalDate? until = null;
            var seen = 0;
            foreach (var property in item.EnumerateObject())
            {
                if (property.NameEquals("kind"))
                {
                    if (
                        !problems.Duplicate(ref seen, 1, path, "kind")
                        && JsonValues.ReadString(problems, property.Value, path, "kind") is { } code
                    )
                    {
                        kind = ReadKind(code, path, problems);
                    }
                }
                else if (property.NameEquals("from"))
                {
                    if (!problems.Duplicate(ref seen, 2, path, "from"))
                    {
                        from = JsonValues.ReadDate(problems, property.Value, path, "from", nullable: false);
                    }
                }
                else if (property.NameEquals("until"))
                {
                    if (!problems.Duplicate(ref seen, 4, path, "until"))
                    {
                        until = JsonValues.ReadDate(problems, property.Value, path, "until", nullable: false);
                    }
                }
                else
                {
                    problems.Unknown(path, property.Name, LeaveProperties, ReaderTexts.ALeavePeriod);
                }
            }

            if ((seen & 1) == 0)
            {
                problems.Missing(path, "kind", ReaderTexts.LeaveKindHint());
            }

            if ((seen & 2) == 0)
            {
                problems.Missing(path, "from", ReaderTexts.LeaveFromHint);
            }

            if ((seen & 4) == 0)
            {
                problems.Missing(path, "until", ReaderTexts.LeaveUntilHint);
            }

            if (kind is { } lk && from is { } lf && until is { } lu)
            {
                result.Add(new LeavePeriod(lk, lf, lu));
            }
        }

        return result;
    }

    /// <summary>Reads the <c>kind</c> of a leave period; reports a kind the contract does not know.</summary>
    /// <param name="code">The kind read.</param>
    /// <param name="path">The path of the leave period.</param>
    /// <param name="problems">Where a problem goes.</param>
    /// <returns>The kind, or null when it is unknown.</returns>
    private static LeaveKind? ReadKind(string code, string path, CaseProblems problems)
    {
        if (LeaveKinds.TryParse(code, out var kind))
        {
            return kind;
        }

        problems.Add(path + ".kind", ReaderTexts.UnknownLeaveKind(code));
        return null;
    }
}
