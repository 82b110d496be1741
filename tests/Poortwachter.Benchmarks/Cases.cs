using System;
using System.Collections.Generic;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Cases;

namespace Poortwachter.Benchmarks;

/// <summary>The cases the suite assesses: one simple, one complex, and a deterministic generator for batches.</summary>
public static class Cases
{
    /// <summary>The assessment date of the simple case.</summary>
    public static readonly LocalDate SimpleAsOf = new(2025, 6, 1);

    /// <summary>The assessment date of the complex case.</summary>
    public static readonly LocalDate ComplexAsOf = new(2026, 3, 2);

    /// <summary>One sickness period, four events.</summary>
    public static SicknessCase Simple() =>
        SicknessCase
            .Builder("B-SIMPLE", new LocalDate(2025, 1, 6))
            .Probleemanalyse(new LocalDate(2025, 2, 10))
            .PlanVanAanpak(new LocalDate(2025, 2, 20))
            .Evaluatie(new LocalDate(2025, 4, 1))
            .Evaluatie(new LocalDate(2025, 5, 12))
            .Build();

    /// <summary>Three sickness periods, pregnancy and birth leave, twenty events with a deviation and a loonsanctie.</summary>
    public static SicknessCase Complex() =>
        SicknessCase
            .Builder("B-COMPLEX", new LocalDate(2024, 1, 8))
            .SickUntil(new LocalDate(2024, 2, 29))
            .SickAgainFrom(new LocalDate(2024, 3, 15))
            .SickUntil(new LocalDate(2024, 5, 10))
            .SickAgainFrom(new LocalDate(2024, 5, 27))
            .ZwangerschapsBevallingsverlof(new LocalDate(2024, 7, 1), new LocalDate(2024, 10, 20))
            .Probleemanalyse(new LocalDate(2024, 2, 12))
            .Afwijking(new LocalDate(2024, 2, 20), ObligationCodes.PlanVanAanpak, new LocalDate(2024, 3, 20), "bedrijfsarts on leave")
            .PlanVanAanpak(new LocalDate(2024, 3, 18))
            .Evaluatie(new LocalDate(2024, 4, 29))
            .Evaluatie(new LocalDate(2024, 6, 10))
            .Evaluatie(new LocalDate(2024, 11, 25))
            .Evaluatie(new LocalDate(2025, 1, 6))
            .UwvZiekmelding(new LocalDate(2025, 2, 3))
            .Evaluatie(new LocalDate(2025, 2, 17))
            .ArbeidsdeskundigOnderzoek(new LocalDate(2025, 3, 10))
            .Eerstejaarsevaluatie(new LocalDate(2025, 3, 31))
            .GeenTerugkeerEigenOrganisatie(new LocalDate(2025, 3, 31))
            .Spoor2(new LocalDate(2025, 5, 5))
            .Evaluatie(new LocalDate(2025, 5, 12))
            .Evaluatie(new LocalDate(2025, 6, 23))
            .Evaluatie(new LocalDate(2025, 8, 4))
            .Evaluatie(new LocalDate(2025, 9, 15))
            .Loonsanctie(new LocalDate(2025, 10, 20), 12)
            .ReIntegratieverslag(new LocalDate(2025, 11, 3))
            .Evaluatie(new LocalDate(2025, 11, 24))
            .Build();

    /// <summary>Generates valid cases deterministically: one to three sickness periods, leave now and then, a few to a dozen events.</summary>
    /// <param name="count">How many.</param>
    /// <param name="seed">The seed.</param>
    /// <returns>The cases with their assessment dates.</returns>
    public static (SicknessCase Case, LocalDate AsOf)[] Generate(int count, int seed = 6)
    {
        var random = new Random(seed);
        var result = new (SicknessCase, LocalDate)[count];
        for (var i = 0; i < count; i++)
        {
            result[i] = GenerateOne(random, i);
        }

        return result;
    }

    private static (SicknessCase, LocalDate) GenerateOne(Random random, int index)
    {
        var day1 = new LocalDate(2022, 1, 3).PlusDays(random.Next(0, 1200));
        var builder = SicknessCase.Builder($"G-{index:D7}", day1);
        var cursor = day1;
        var periods = random.Next(1, 4);
        for (var p = 1; p < periods; p++)
        {
            cursor = cursor.PlusDays(random.Next(10, 80));
            builder.SickUntil(cursor);
            cursor = cursor.PlusDays(random.Next(2, 27));
            builder.SickAgainFrom(cursor);
        }

        if (random.Next(0, 8) == 0)
        {
            var from = cursor.PlusDays(random.Next(5, 60));
            builder.ZwangerschapsBevallingsverlof(from, from.PlusDays(111));
        }

        var asOf = day1.PlusDays(random.Next(20, 760));
        var steps = new List<(string Code, int Day)>
        {
            (ObligationCodes.Probleemanalyse, random.Next(30, 50)),
            (ObligationCodes.PlanVanAanpak, random.Next(50, 70)),
        };
        for (var e = 0; e < random.Next(0, 8); e++)
        {
            steps.Add((ObligationCodes.Evaluatie, 70 + (e * 42) + random.Next(0, 10)));
        }

        steps.Add((ObligationCodes.UwvZiekmelding, random.Next(280, 300)));
        steps.Add((ObligationCodes.Eerstejaarsevaluatie, random.Next(330, 370)));
        foreach (var (code, day) in steps)
        {
            var on = day1.PlusDays(day);
            if (on <= asOf)
            {
                builder.Done(code, on);
            }
        }

        return (builder.Build(), asOf);
    }
}
