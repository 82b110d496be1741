using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using FluentAssertions;
using Poortwachter.Assessments;
using Poortwachter.Json;
using Poortwachter.Json.Tests.Support;
using Xunit;
using static Poortwachter.Tests.Properties.CaseGenerators;

namespace Poortwachter.Tests.Properties;

/// <summary>
/// Issue 28: the assessment writer's shortcuts (codes and citations pre-encoded, dates written raw) change no byte. For
/// generated cases and assessment dates, in English and Dutch, with and without texts, compact and indented, its output
/// equals the plain reference writer's (<see cref="ReferenceContractWriter"/>, the writer before the shortcuts, every
/// value through the writer's own string and span overloads); also with the default encoder, which takes no shortcut.
/// </summary>
public sealed class ContractWriterProperties
{
    private static readonly PoortwachterEngine Engine = new();

    private static readonly JsonWriterOptions[] Options =
    [
        PoortwachterJson.CompactWriterOptions,
        PoortwachterJson.IndentedWriterOptions,
        new()
        {
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            Indented = true,
            IndentSize = 4,
        },
        new() { Indented = false },
        new() { Indented = true },
    ];

    [Fact]
    public void The_writer_writes_the_bytes_of_the_reference_writer() =>
        Check(
            ValidCases,
            spec =>
            {
                var a = Engine.Assess(spec.Build(), spec.AsOf());
                foreach (var options in Options)
                {
                    foreach (var language in new[] { TextLanguage.English, TextLanguage.Dutch })
                    {
                        foreach (var withText in new[] { true, false })
                        {
                            var expected = Write(options, w => ReferenceContractWriter.WriteAssessment(w, a, withText, language));
                            // Twice: the first write may fill the cache of encoded codes, the second reads from it.
                            for (var round = 0; round < 2; round++)
                            {
                                var actual = Write(options, w => PoortwachterJson.WriteAssessment(w, a, withText, language));
                                actual
                                    .Should()
                                    .Be(
                                        expected,
                                        "{0}, {1}, texts {2}, indented {3}, round {4}",
                                        spec,
                                        language,
                                        withText,
                                        options.Indented,
                                        round
                                    );
                            }
                        }
                    }
                }
            },
            tests: 150
        );

    /// <summary>Writes through a writer with the options; the bytes as a string (valid UTF-8 both ways, so equal strings are equal bytes).</summary>
    internal static string Write(JsonWriterOptions options, System.Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, options))
        {
            write(writer);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
