using System.Collections.Generic;
using System.ComponentModel;
using System.Linq;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using NodaTime.Text;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Poortwachter.Json;
using Poortwachter.Rules;
using Poortwachter.Server.Http;

namespace Poortwachter.Server.Endpoints;

/// <summary><c>GET /v1/rules</c>: the rule catalogue, from the rules' own metadata.</summary>
internal static class RulesEndpoint
{
    /// <summary>List the rules</summary>
    /// <param name="http">The request's context.</param>
    /// <param name="firstSickDay">The first sick day of a case, <c>yyyy-mm-dd</c>; default today (Europe/Amsterdam).</param>
    /// <param name="language">The language of the titles, due rules and stakes: <c>nl</c> (Dutch) or <c>en</c> (English); a tag such as <c>nl-NL</c> is read as <c>nl</c>. It wins over <c>Accept-Language</c> (for tools that cannot set headers); without both, <c>en</c>.</param>
    /// <param name="engine">The engine.</param>
    /// <param name="clock">The clock, for today.</param>
    /// <returns>The catalogue, or a problem when the date is not valid.</returns>
    public static IResult Handle(
        HttpContext http,
        [
            FromQuery,
            Description(
                "The first sick day of a case, yyyy-mm-dd: the catalogue of the rule set that applies to it. Default today (Europe/Amsterdam)."
            )
        ]
            string? firstSickDay,
        [
            FromQuery,
            Description(
                "The language of the titles, due rules and stakes: nl (Dutch) or en (English); a tag such as nl-NL is read as nl. It wins over the Accept-Language header; without both, en. Codes and citations are the same in every language."
            )
        ]
            string? language,
        [FromServices] PoortwachterEngine engine,
        [FromServices] IClock clock
    )
    {
        LocalDate day;
        var repeated = new List<CaseProblem>();
        var given = QueryArguments.Single(http.Request.Query, "firstSickDay", repeated);
        var chosen = RequestLanguage.Choose(http.Request, repeated);
        if (repeated.Count > 0)
        {
            return Invalid(repeated[0].Path, repeated[0].Message);
        }

        if (given is null)
        {
            day = clock.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb["Europe/Amsterdam"]).Date;
        }
        else if (!QueryArguments.TryParseDate(given, out day, out var error))
        {
            return Invalid("firstSickDay", error);
        }
        else if (day < CaseValidator.MinSupportedDate || day > CaseValidator.MaxSupportedDate)
        {
            // The range an assessment accepts for a case's first sick day, with the assessment's message.
            return Invalid(
                "firstSickDay",
                $"{Iso(day)} is out of the supported range {Iso(CaseValidator.MinSupportedDate)}..{Iso(CaseValidator.MaxSupportedDate)}."
            );
        }

        ActiveRules active;
        try
        {
            active = engine.RulesFor(day);
        }
        catch (InvalidCaseException ex)
        {
            // The engine names the case's field; here the day is the query parameter.
            return Invalid("firstSickDay", ex.Problems[0].Message);
        }

        var set = active.RuleSet;
        var all = set.Rules.Concat(active.Rules.Where(r => !set.Rules.Contains(r)));
        RequestLanguage.Answer(http.Response, chosen);
        return TypedResults.Json(
            new RuleCatalogue(
                Iso(day),
                new RuleSetEntry(set.Code, set.DescriptionIn(chosen), Iso(set.InForceFrom), set.InForceUntil is { } u ? Iso(u) : null),
                all.Select(r => Entry(r, active.Rules.Contains(r), chosen)).ToList()
            )
        );
    }

    private static RuleEntry Entry(IRule rule, bool applied, TextLanguage language)
    {
        var d = rule.Descriptor;
        return new RuleEntry(
            d.Code,
            d.TitleIn(language),
            d.DueRuleIn(language),
            new LegalBasisEntry(d.LegalBasis.Citation, d.LegalBasis.Law, d.LegalBasis.Article, d.LegalBasis.Lid, d.LegalBasis.Section),
            LegalCharacters.Code(d.Character),
            d.StakeIn(language),
            Iso(d.InForceFrom),
            d.InForceUntil is { } until ? Iso(until) : null,
            d.EnabledByDefault,
            applied
        );
    }

    private static ProblemResult Invalid(string path, string message) =>
        new(StatusCodes.Status400BadRequest, "The query parameters are not valid.", [new CaseProblem(path, message)]);

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
