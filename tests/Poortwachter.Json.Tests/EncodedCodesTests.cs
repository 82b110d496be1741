using System;
using System.Buffers;
using System.Text.Json;
using FluentAssertions;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Poortwachter.Json;
using Poortwachter.Json.Tests.Support;
using Poortwachter.Rules;
using Xunit;

namespace Poortwachter.Json.Tests;

/// <summary>
/// Issue 28: the assessment writer keeps codes and citations it wrote before encoded, per thread, keyed by the string
/// instance. A host that builds a new citation (and kind) string for every assessment still gets every one written
/// right, and the cache stops growing at its bound.
/// </summary>
public sealed class EncodedCodesTests
{
    private static readonly LocalDate Day1 = new(2025, 1, 6);

    /// <summary>A host rule whose obligation cites a source made new, with a new text, in every assessment.</summary>
    private sealed class FreshCitationRule : IRule
    {
        private int _made;

        public RuleDescriptor Descriptor { get; } =
            new("host-protocol", "t", "t", new LegalSource("Protocol"), LegalCharacter.Practice, "s", CaseValidator.CurrentRegimeStart);

        public void Evaluate(RuleContext context, RuleOutput output)
        {
            _made++;
            // Quotes and a backslash (escaped), non-ASCII and <&> (written as they are with the contract's encoder).
            var source = new LegalSource(
                $"Protocol \"{_made}\" \\ é <&> {new string('x', _made % 7)}",
                _made.ToString(System.Globalization.CultureInfo.InvariantCulture)
            );
            output.Add(
                Descriptor,
                new Obligation("host-protocol", Day1.PlusDays(5), ObligationStatus.Open, null, source, LegalCharacter.Practice, "x")
            );
        }
    }

    [Fact]
    public void A_citation_made_new_for_every_assessment_is_written_right_and_the_cache_stays_bounded()
    {
        var rule = new FreshCitationRule();
        var engine = new PoortwachterEngine(new PoortwachterOptions().Add(rule));
        var @case = SicknessCase.Builder("C", Day1).Build();
        for (var i = 0; i < ContractWriter.MaxEncoded * 2; i++)
        {
            var a = engine.Assess(@case, Day1.PlusDays(10));
            var citation = a.Obligation("host-protocol").LegalBasis.Citation;
            foreach (var options in new[] { PoortwachterJson.CompactWriterOptions, PoortwachterJson.IndentedWriterOptions })
            {
                var expected = Write(options, w => ReferenceContractWriter.WriteAssessment(w, a, withText: true));
                var actual = Write(options, w => PoortwachterJson.WriteAssessment(w, a, withText: true));
                actual.Should().Be(expected);
                JsonDocument
                    .Parse(actual)
                    .RootElement.GetProperty("obligations")[0]
                    .GetProperty("legalBasis")
                    .GetString()
                    .Should()
                    .Be(citation);
            }

            ContractWriter.EncodedCount.Should().BeLessThanOrEqualTo(ContractWriter.MaxEncoded);
        }

        ContractWriter.EncodedCount.Should().Be(ContractWriter.MaxEncoded, "past its bound the cache holds what it held");
    }

    private static string Write(JsonWriterOptions options, Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, options))
        {
            write(writer);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
