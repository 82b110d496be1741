using System;
using System.Collections.Generic;
using NodaTime;
using Poortwachter.Cases;
using Poortwachter.Json;

namespace Poortwachter.Server.Http;

/// <summary>The query parameters of the assessment endpoints, checked as strictly as the command checks its options.</summary>
internal sealed class QueryArguments
{
    private QueryArguments(LocalDate asOf, bool withText, IReadOnlyList<CaseProblem> problems)
    {
        AsOf = asOf;
        WithText = withText;
        Problems = problems;
    }

    /// <summary>Gets the assessment date.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets a value indicating whether the texts are written (<c>text</c>, default true).</summary>
    public bool WithText { get; }

    /// <summary>Gets every problem with the parameters; each one's path is the parameter's name.</summary>
    public IReadOnlyList<CaseProblem> Problems { get; }

    /// <summary>Reads <c>asOf</c> (required, <c>yyyy-mm-dd</c>) and <c>text</c> (optional, <c>true</c> or <c>false</c>).</summary>
    /// <param name="asOf">The value of <c>asOf</c>, or null when absent.</param>
    /// <param name="text">The value of <c>text</c>, or null when absent.</param>
    /// <returns>The arguments, with every problem.</returns>
    public static QueryArguments Read(string? asOf, string? text)
    {
        var problems = new List<CaseProblem>();
        var date = default(LocalDate);
        if (string.IsNullOrEmpty(asOf))
        {
            problems.Add(
                new CaseProblem("asOf", "the assessment date is required: add ?asOf=yyyy-mm-dd to the URL, such as ?asOf=2025-06-01.")
            );
        }
        else if (!PoortwachterJson.TryParseDate(asOf, out date, out var error))
        {
            problems.Add(new CaseProblem("asOf", error));
        }

        var withText = true;
        if (text is not null)
        {
            if (string.Equals(text, "false", StringComparison.Ordinal))
            {
                withText = false;
            }
            else if (!string.Equals(text, "true", StringComparison.Ordinal))
            {
                problems.Add(
                    new CaseProblem("text", $"'{Shorten(text)}' is not true or false; text=false leaves out every explanation and message.")
                );
            }
        }

        return new QueryArguments(date, withText, problems);
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 40), "...");
}
