using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using Poortwachter.Cases;

namespace Poortwachter.Json;

/// <summary>
/// A <see cref="JsonConverter{T}"/> that lets a host embed a <see cref="SicknessCase"/> in its own
/// <see cref="JsonSerializer"/> models (an HR file, an API request) in the contract's case shape
/// (<c>docs/contract.md</c>). Reading goes through the strict case reader of <see cref="PoortwachterJson.ReadCase(string, CaseReaderOptions)"/>;
/// writing is <see cref="PoortwachterJson.WriteCase(Utf8JsonWriter, SicknessCase)"/>, byte for byte. Register it with
/// <see cref="PoortwachterJsonSerializerOptionsExtensions.ConfigureForPoortwachter(JsonSerializerOptions, bool, CaseReaderOptions)"/>.
/// </summary>
/// <remarks>
/// <para>
/// The case is read and written by this converter alone: the host's naming policy, number handling and its own
/// converters (NodaTime's <c>ConfigureForNodaTime</c>, say) never change a field name or a date of the case.
/// </para>
/// <para>
/// A case with problems is never half read: <see cref="Read"/> throws a <see cref="JsonException"/> whose message lists
/// every problem with its JSON path from the host's document (<c>$.case.events[0].on</c>), and whose
/// <see cref="Exception.InnerException"/> is an <see cref="InvalidCaseException"/> carrying the problems with their
/// paths from the case itself (<c>$.events[0].on</c>). Immutable and thread-safe.
/// </para>
/// </remarks>
public sealed class SicknessCaseJsonConverter : JsonConverter<SicknessCase>
{
    private readonly CaseReaderOptions? _readerOptions;

    /// <summary>Initializes a converter that accepts the event types of the contract alone.</summary>
    public SicknessCaseJsonConverter()
        : this(null) { }

    /// <summary>Initializes a converter that also accepts the host obligation codes of <paramref name="readerOptions"/>.</summary>
    /// <param name="readerOptions">
    /// Extra event types a host accepts; <see langword="null"/> for the contract alone. The codes are copied: a later
    /// change to <paramref name="readerOptions"/> does not reach this converter.
    /// </param>
    public SicknessCaseJsonConverter(CaseReaderOptions? readerOptions)
    {
        if (readerOptions is not null)
        {
            _readerOptions = new CaseReaderOptions();
            foreach (var code in readerOptions.AdditionalObligationCodes)
            {
                _readerOptions.AdditionalObligationCodes.Add(code);
            }
        }
    }

    /// <summary>Reads a case strictly; see <see cref="PoortwachterJson.ReadCase(string, CaseReaderOptions)"/>.</summary>
    /// <param name="reader">The reader, on the case's first token.</param>
    /// <param name="typeToConvert">The type, <see cref="SicknessCase"/>.</param>
    /// <param name="options">The host's options; they do not change how a case is read.</param>
    /// <returns>The valid case.</returns>
    /// <exception cref="JsonException">
    /// The case has problems: every one is in the message, with its JSON path, and in the <see cref="InvalidCaseException"/>
    /// that is the inner exception.
    /// </exception>
    public override SicknessCase Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var result = CaseReader.Read(document.RootElement, _readerOptions);
        return result.Case ?? throw new EmbeddedCaseException(new InvalidCaseException(result.Problems));
    }

    /// <summary>Writes a case in the contract's shape; see <see cref="PoortwachterJson.WriteCase(Utf8JsonWriter, SicknessCase)"/>.</summary>
    /// <param name="writer">The writer; its options decide indentation and escaping.</param>
    /// <param name="value">The case.</param>
    /// <param name="options">The host's options; they do not change how a case is written.</param>
    /// <exception cref="NotSupportedException">The case holds an event class that is not part of the contract.</exception>
    public override void Write(Utf8JsonWriter writer, SicknessCase value, JsonSerializerOptions options) =>
        PoortwachterJson.WriteCase(writer, value);
}
