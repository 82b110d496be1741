using System;
using System.Text.Json;

namespace Poortwachter.Json;

/// <summary>
/// Finds the case id of a document (a line of JSON Lines, say) that could not be read as a case, so a message can name
/// the case as well as the line.
/// </summary>
public static class CaseIds
{
    private static readonly JsonReaderOptions Options = new() { MaxDepth = 64 };

    /// <summary>Returns the top-level <c>caseId</c> string of a JSON object, as far as the line can be read; null if there is none.</summary>
    /// <param name="line">The line.</param>
    /// <returns>The case id, or null; it never throws for what the bytes hold.</returns>
    public static string? Find(ReadOnlySpan<byte> line)
    {
        var reader = new Utf8JsonReader(line, isFinalBlock: true, new JsonReaderState(Options));
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isId = reader.ValueTextEquals("caseId"u8);
                if (!reader.Read())
                {
                    return null;
                }

                if (isId)
                {
                    return reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                }

                reader.Skip();
            }
        }
        catch (JsonException)
        {
            // A line broken before its caseId: no id to give.
        }
        catch (InvalidOperationException)
        {
            // A caseId that is not valid text.
        }

        return null;
    }
}
