using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Poortwachter.Json;

/// <summary>
/// A <see cref="JsonConverter{T}"/> for NodaTime's <see cref="LocalDate"/> as an ISO-8601 calendar date string
/// (<c>2025-01-06</c>, <see cref="LocalDatePattern.Iso"/>), for hosts that put the contract's dates in their own
/// <see cref="JsonSerializer"/> models. Reading is strict: a date that does not exist or carries a time is rejected.
/// </summary>
public sealed class IsoLocalDateConverter : JsonConverter<LocalDate>
{
    /// <inheritdoc/>
    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected an ISO-8601 date string such as \"2025-01-06\", found {reader.TokenType}.");
        }

        var text = reader.GetString() ?? string.Empty;
        return IsoDate.TryParse(text, out var date, out var error) ? date : throw new JsonException(error);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options)
    {
        if (writer is null)
        {
            throw new ArgumentNullException(nameof(writer));
        }

        IsoDate.Write(writer, value);
    }
}
