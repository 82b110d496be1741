using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using FluentAssertions;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Xunit;

namespace Poortwachter.Tests.Properties;

/// <summary>One generated document: its offset from day 1, its kind and the two views (0 not recorded, 1 true, 2 false).</summary>
/// <param name="Offset">Calendar days after day 1.</param>
/// <param name="Kind">0 plan van aanpak, 1 evaluatie, 2 eerstejaarsevaluatie, 3 a plan and 4 a first-year evaluation marked done without views.</param>
/// <param name="Werkgever">The employer's view.</param>
/// <param name="Werknemer">The employee's view.</param>
public sealed record VisieDoc(int Offset, int Kind, int Werkgever, int Werknemer);

/// <summary>A generated case for the re-integratievisie: day 1 around 1 July 2023, continuous sickness, documents, the assessment date.</summary>
public sealed record VisieSpec(int StartOffset, VisieDoc[] Docs, int AsOfOffset)
{
    public static readonly LocalDate T = new(2023, 7, 1);

    public LocalDate Day1 => T.PlusDays(StartOffset);

    public LocalDate AsOf => Day1.PlusDays(AsOfOffset);

    public override string ToString() =>
        $"VisieSpec(day 1 {Day1:uuuu-MM-dd}, asOf {AsOf:uuuu-MM-dd}, docs [{string.Join(", ", Docs.Select(d => $"{d.Kind}@{Day1.PlusDays(d.Offset):uuuu-MM-dd} {d.Werkgever}/{d.Werknemer}"))}])";
}

/// <summary>
/// The two re-integratievisie rules against the legal analysis' formula, written here once more on its own: with T = 1 July
/// 2023 and day 1 = D, a document dated t needs the views when t &gt;= T and (D &gt;= T, or t &gt;= 1 July 2025, or a plan
/// van aanpak (or bijstelling) or first-year evaluation dated after T ("na deze datum") and on or before t is on record);
/// it is warned about exactly when it needs them and records a view <c>false</c> (Regeling procesgang art. 4 lid 2 as
/// amended by Stcrt. 2023, 13931; art. 7b). Only documents known on the assessment date count.
/// </summary>
public sealed partial class ReIntegratievisieProperties
{
    private static readonly LocalDate Lapses = new(2025, 7, 1);

    private static readonly Gen<VisieDoc> Docs =
        from offset in Gen.Choose(0, 1000)
        from kind in Gen.Choose(0, 4)
        from werkgever in Gen.Choose(0, 2)
        from werknemer in Gen.Choose(0, 2)
        select new VisieDoc(offset, kind, werkgever, werknemer);

    private static readonly Arbitrary<VisieSpec> Specs = (
        from start in Gen.Choose(-1000, 400)
        from n in Gen.Choose(0, 8)
        from docs in Gen.ArrayOf(Docs, n)
        from asOf in Gen.Choose(0, 1100)
        select new VisieSpec(start, docs, asOf)
    ).ToArbitrary();

    private static bool? View(int code) =>
        code switch
        {
            1 => true,
            2 => false,
            _ => null,
        };

    private static ObligationFulfilled Event(VisieSpec spec, VisieDoc d)
    {
        var on = spec.Day1.PlusDays(d.Offset);
        return d.Kind switch
        {
            0 => new PlanVanAanpak(on, View(d.Werkgever), View(d.Werknemer)),
            1 => new Evaluatie(on, View(d.Werkgever), View(d.Werknemer)),
            2 => new Eerstejaarsevaluatie(on, View(d.Werkgever), View(d.Werknemer)),
            3 => new ObligationFulfilled(ObligationCodes.PlanVanAanpak, on),
            _ => new ObligationFulfilled(ObligationCodes.Eerstejaarsevaluatie, on),
        };
    }

    private static string Code(int kind) =>
        kind switch
        {
            0 or 3 => ObligationCodes.PlanVanAanpak,
            1 => ObligationCodes.Evaluatie,
            _ => ObligationCodes.Eerstejaarsevaluatie,
        };

    [GeneratedRegex(" of (?<date>[0-9]{4}-[0-9]{2}-[0-9]{2}) ", RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DocumentDate();

    [Fact]
    public void A_document_is_warned_about_exactly_when_the_formula_of_the_analysis_requires_the_views_and_one_is_false() =>
        FsCheck.Check.One(
            Config.QuickThrowOnFailure.WithMaxTest(400),
            Prop.ForAll(
                Specs,
                spec =>
                {
                    var @case = new SicknessCase("V", spec.Day1, null, null, null, spec.Docs.Select(d => Event(spec, d)));
                    var a = new PoortwachterEngine().Assess(@case, spec.AsOf);

                    var d1 = spec.Day1;
                    var known = spec.Docs.Where(d => d1.PlusDays(d.Offset) <= spec.AsOf).ToList();
                    var triggers = known
                        .Where(d => d.Kind != 1 && d1.PlusDays(d.Offset) > VisieSpec.T)
                        .Select(d => d1.PlusDays(d.Offset))
                        .ToList();
                    bool Required(LocalDate t) => t >= VisieSpec.T && (d1 >= VisieSpec.T || t >= Lapses || triggers.Any(x => x <= t));
                    var expected = known
                        .Where(d => d.Kind <= 2 && (d.Werkgever == 2 || d.Werknemer == 2) && Required(d1.PlusDays(d.Offset)))
                        .Select(d => (Code(d.Kind), d1.PlusDays(d.Offset).ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)))
                        .OrderBy(x => x)
                        .ToList();

                    var actual = a
                        .Warnings.Where(w => w.Kind == WarningCodes.ReIntegratievisieOntbreekt)
                        .Select(w => (w.Obligation!, DocumentDate().Match(w.Message).Groups["date"].Value))
                        .OrderBy(x => x)
                        .ToList();

                    actual.Should().Equal(expected, spec.ToString());
                }
            )
        );
}
