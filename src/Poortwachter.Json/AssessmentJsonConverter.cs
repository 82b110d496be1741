using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using Poortwachter.Assessments;

namespace Poortwachter.Json;

/// <summary>
/// A <see cref="JsonConverter{T}"/> that lets a host embed an <see cref="Assessment"/> in its own
/// <see cref="JsonSerializer"/> models in the contract's assessment shape (<c>docs/contract.md</c>):
/// <see cref="PoortwachterJson.WriteAssessment(Utf8JsonWriter, Assessment, bool)"/>, byte for byte. Register it with
/// <see cref="PoortwachterJsonSerializerOptionsExtensions.ConfigureForPoortwachter(JsonSerializerOptions, bool, CaseReaderOptions)"/>.
/// </summary>
/// <remarks>
/// Write-only: an assessment is the engine's output, not an input, and the model has no way to build one from JSON
/// (its explanations are derived when read). <see cref="Read"/> throws <see cref="NotSupportedException"/>; keep the
/// case and assess it again, or keep the assessment's JSON as a <see cref="JsonElement"/>. The host's naming policy and
/// converters never change a field name or a date of the assessment. Immutable and thread-safe.
/// </remarks>
public sealed class AssessmentJsonConverter : JsonConverter<Assessment>
{
    /// <summary>Initializes a converter that writes the explanations and messages.</summary>
    public AssessmentJsonConverter()
        : this(withText: true) { }

    /// <summary>Initializes a converter.</summary>
    /// <param name="withText">
    /// Whether to write the <c>explanation</c> of every obligation and milestone and the <c>message</c> of every
    /// warning; see <see cref="PoortwachterJson.WriteAssessment(Utf8JsonWriter, Assessment, bool)"/>.
    /// </param>
    public AssessmentJsonConverter(bool withText) => WithText = withText;

    /// <summary>Gets a value indicating whether the explanations and messages are written.</summary>
    public bool WithText { get; }

    /// <summary>Always throws: an assessment is not read back.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="typeToConvert">The type, <see cref="Assessment"/>.</param>
    /// <param name="options">The host's options.</param>
    /// <returns>Never returns.</returns>
    /// <exception cref="NotSupportedException">Always.</exception>
    public override Assessment Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException(
            "An Assessment cannot be read from JSON: it is the engine's output, not an input. Keep the case and assess it again "
                + "(PoortwachterEngine.Assess), or keep the assessment's JSON as a JsonElement."
        );

    /// <summary>Writes an assessment in the contract's shape.</summary>
    /// <param name="writer">The writer; its options decide indentation and escaping.</param>
    /// <param name="value">The assessment.</param>
    /// <param name="options">The host's options; they do not change how an assessment is written.</param>
    public override void Write(Utf8JsonWriter writer, Assessment value, JsonSerializerOptions options) =>
        PoortwachterJson.WriteAssessment(writer, value, WithText);
}
