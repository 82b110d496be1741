using System;
using System.Collections.Generic;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Poortwachter.Json;

namespace Poortwachter.Server.Http;

/// <summary>
/// The language a response's texts are written in: the query parameter <c>language</c> when given (for tools that
/// cannot set headers; a value that names neither language is a problem with the parameter's name), else the best
/// language of <c>Accept-Language</c> that the texts are written in (its q-values honoured: <c>nl*</c> is Dutch,
/// <c>en*</c> English, others and <c>*</c> are passed over), else English, the default. The answer says which in
/// <c>Content-Language</c> and names the header in <c>Vary</c>.
/// </summary>
internal static class RequestLanguage
{
    /// <summary>The query parameter's name.</summary>
    public const string Parameter = "language";

    /// <summary>The language when the request names none that the texts are written in: English, as the command's default.</summary>
    public const TextLanguage Default = TextLanguage.English;

    /// <summary>Chooses the language of a request; a bad or repeated <c>language</c> parameter is added to the problems.</summary>
    /// <param name="request">The request.</param>
    /// <param name="problems">Where a problem with the parameter goes.</param>
    /// <returns>The language (the default when the parameter is bad).</returns>
    public static TextLanguage Choose(HttpRequest request, List<CaseProblem> problems)
    {
        var given = QueryArguments.Single(request.Query, Parameter, problems);
        if (given is null)
        {
            return FromAcceptLanguage(request.Headers.AcceptLanguage);
        }

        if (TextLanguages.TryParse(given, out var language))
        {
            return language;
        }

        problems.Add(
            new CaseProblem(
                Parameter,
                $"{SafeText.Quote(given)} is not a language the texts are written in: use nl (Dutch) or en (English); a tag such as nl-NL is read as nl."
            )
        );
        return Default;
    }

    /// <summary>
    /// The language of an <c>Accept-Language</c> header (RFC 9110 12.5.4): of the ranges that name Dutch or English,
    /// the one with the highest q-value, the first of equals; a range with q=0 is refused; the default when none names
    /// either, or the header cannot be read.
    /// </summary>
    /// <param name="header">The header's values.</param>
    /// <returns>The language.</returns>
    public static TextLanguage FromAcceptLanguage(StringValues header)
    {
        if (header.Count == 0 || !StringWithQualityHeaderValue.TryParseList(header, out var ranges))
        {
            return Default;
        }

        var best = Default;
        var bestQuality = 0.0;
        foreach (var range in ranges)
        {
            var quality = range.Quality ?? 1.0;
            if (quality > bestQuality && TextLanguages.TryParse(range.Value.Value, out var language))
            {
                best = language;
                bestQuality = quality;
            }
        }

        return best;
    }

    /// <summary>Says the language of the response's texts (<c>Content-Language</c>) and that it varies with the header.</summary>
    /// <param name="response">The response, before it starts.</param>
    /// <param name="language">The language of its texts; null when it has none (text=false), so no Content-Language.</param>
    public static void Answer(HttpResponse response, TextLanguage? language)
    {
        response.Headers.Append(HeaderNames.Vary, HeaderNames.AcceptLanguage);
        if (language is { } l)
        {
            response.Headers.ContentLanguage = TextLanguages.Code(l);
        }
    }
}
