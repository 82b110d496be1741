using System;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Poortwachter;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Poortwachter.HrHost;

// An HR system wires the engine once, at start-up, with its own settings and its own rule.
var services = new ServiceCollection()
    .AddPoortwachter(options =>
    {
        options.EvaluatieIntervalDays = 28; // this employer evaluates every four weeks
        options.DueSoonDays = 21;
        options.Disable(ObligationCodes.ArbeidsdeskundigOnderzoek); // handled by the arbodienst's own system
    })
    .AddRule<ContactOnDay3Rule>()
    .Services.BuildServiceProvider();

// Resolved at start-up, so a rule code that names no rule fails here, not at the first request.
var engine = services.GetRequiredService<PoortwachterEngine>();

// A case as the HR system stores it: dates and process facts only.
var @case = SicknessCase
    .Builder("HR-2025-0042", new LocalDate(2025, 9, 1))
    .Done(ContactOnDay3Rule.Code, new LocalDate(2025, 9, 2))
    .Probleemanalyse(new LocalDate(2025, 10, 6))
    .PlanVanAanpak(new LocalDate(2025, 10, 27))
    .Build();

var assessment = engine.Assess(@case, new LocalDate(2025, 12, 1));
Console.WriteLine($"{assessment.CaseId}: week {assessment.Wachttijd.Week}, last day {Iso(assessment.Wachttijd.LastDay)}");
foreach (var o in assessment.Obligations)
{
    Console.WriteLine($"  {Iso(o.DueBy)}  {o.Kind, -28} {ObligationStatuses.Code(o.Status), -14} {LegalCharacters.Code(o.LegalCharacter)}");
}

foreach (var w in assessment.Warnings)
{
    Console.WriteLine($"  ! {Severities.Code(w.Severity)} {w.Kind} {w.Obligation}: {w.Message}");
}

static string Iso(LocalDate? d) => d?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) ?? "-";
