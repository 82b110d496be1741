using System;
using System.Collections.Generic;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Poortwachter.Json;

namespace Poortwachter.Server.Http;

/// <summary>The query parameters of the assessment endpoints, checked as strictly as the command checks its options.</summary>
internal sealed class QueryArguments
{
    private QueryArguments(LocalDate asOf, bool withText, TextLanguage language, IReadOnlyList<CaseProblem> problems)
    {
        AsOf = asOf;
        WithText = withText;
        Language = language;
        Problems = problems;
    }

    /// <summary>Gets the assessment date.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets a value indicating whether the texts are written (<c>text</c>, default true).</summary>
    public bool WithText { get; }

    /// <summary>Gets the language of the texts: <c>language</c>, else <c>Accept-Language</c>, else English (<see cref="RequestLanguage"/>).</summary>
    public TextLanguage Language { get; }

    /// <summary>Gets every problem with the parameters; each one's path is the parameter's name.</summary>
    public IReadOnlyList<CaseProblem> Problems { get; }

    /// <summary>
    /// Reads <c>asOf</c> (required, <c>yyyy-mm-dd</c>), <c>text</c> (optional, <c>true</c> or <c>false</c>) and
    /// <c>language</c> (optional, <c>nl</c> or <c>en</c>; else the request's <c>Accept-Language</c>), each at most once.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <returns>The arguments, with every problem.</returns>
    public static QueryArguments Read(HttpRequest request)
    {
        var query = request.Query;
        var problems = new List<CaseProblem>();
        var date = default(LocalDate);
        var asOf = Single(query, "asOf", problems);
        if (string.IsNullOrEmpty(asOf))
        {
            if (query["asOf"].Count <= 1)
            {
                problems.Add(
                    new CaseProblem("asOf", "the assessment date is required: add ?asOf=yyyy-mm-dd to the URL, such as ?asOf=2025-06-01.")
                );
            }
        }
        else if (!TryParseDate(asOf, out date, out var error))
        {
            problems.Add(new CaseProblem("asOf", error));
        }

        var withText = true;
        if (Single(query, "text", problems) is { } text)
        {
            if (string.Equals(text, "false", StringComparison.Ordinal))
            {
                withText = false;
            }
            else if (!string.Equals(text, "true", StringComparison.Ordinal))
            {
                problems.Add(
                    new CaseProblem(
                        "text",
                        $"{SafeText.Quote(text)} is not true or false; text=false leaves out every explanation and message."
                    )
                );
            }
        }

        var language = RequestLanguage.Choose(request, problems);
        return new QueryArguments(date, withText, language, problems);
    }

    /// <summary>The one value of a query parameter; null when it is absent or given more than once (a problem then).</summary>
    /// <param name="query">The request's query.</param>
    /// <param name="name">The parameter's name.</param>
    /// <param name="problems">Where a repeated parameter is reported.</param>
    /// <returns>The value, or null.</returns>
    public static string? Single(IQueryCollection query, string name, List<CaseProblem> problems)
    {
        var values = query[name];
        if (values.Count > 1)
        {
            problems.Add(new CaseProblem(name, $"{name} is given {values.Count} times: give it once."));
            return null;
        }

        return values.Count == 1 ? values[0] ?? string.Empty : null;
    }

    /// <summary>Reads a date as the contract writes it; a value that is not plain or over 80 characters is repeated shortened, with visible escapes.</summary>
    /// <param name="text">The value.</param>
    /// <param name="date">The date read.</param>
    /// <param name="error">Why it is not a date.</param>
    /// <returns><see langword="true"/> when it is a date.</returns>
    public static bool TryParseDate(string text, out LocalDate date, out string error)
    {
        if (PoortwachterJson.TryParseDate(text, out date, out error))
        {
            return true;
        }

        if (!SafeText.IsPlain(text))
        {
            error = error.Replace("'" + text + "'", SafeText.Quote(text), StringComparison.Ordinal);
        }

        return false;
    }
}
