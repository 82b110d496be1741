using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Poortwachter.Json;

/// <summary>
/// Sets up a host's <see cref="JsonSerializerOptions"/> (ASP.NET Core's, or a host's own, with or without NodaTime's
/// <c>ConfigureForNodaTime</c>) to read and write the cases and assessments of the contract inside the host's models.
/// </summary>
public static class PoortwachterJsonSerializerOptionsExtensions
{
    /// <summary>
    /// Adds a <see cref="SicknessCaseJsonConverter"/> and an <see cref="AssessmentJsonConverter"/> to
    /// <paramref name="options"/>, in the place of any added before (so a second call changes the settings). The
    /// converters write the contract's dates themselves, so they work beside any <c>LocalDate</c> converter the host
    /// has, NodaTime's included, in any order.
    /// </summary>
    /// <param name="options">The options, not yet used (System.Text.Json freezes options on first use).</param>
    /// <param name="withText">Whether assessments are written with their explanations and messages.</param>
    /// <param name="caseReaderOptions">Extra event types a host accepts; <see langword="null"/> for the contract alone.</param>
    /// <returns><paramref name="options"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="options"/> have been used already and are read-only.</exception>
    public static JsonSerializerOptions ConfigureForPoortwachter(
        this JsonSerializerOptions options,
        bool withText = true,
        CaseReaderOptions? caseReaderOptions = null
    )
    {
        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        Replace(options, new SicknessCaseJsonConverter(caseReaderOptions));
        Replace(options, new AssessmentJsonConverter(withText));
        return options;
    }

    private static void Replace(JsonSerializerOptions options, JsonConverter converter)
    {
        for (var i = options.Converters.Count - 1; i >= 0; i--)
        {
            if (options.Converters[i].GetType() == converter.GetType())
            {
                options.Converters.RemoveAt(i);
            }
        }

        options.Converters.Add(converter);
    }
}
