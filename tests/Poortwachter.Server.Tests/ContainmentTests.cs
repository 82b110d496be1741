using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using FluentAssertions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Poortwachter.Json;
using Poortwachter.Rules;
using Poortwachter.Server.Tests.Support;
using Xunit;

namespace Poortwachter.Server.Tests;

/// <summary>
/// Issue 22: an unexpected failure on one line of a batch costs that line only, and a response that has started is never
/// followed by a problem document; on the one-case endpoint it is a 500 problem with a reference the log carries too.
/// </summary>
public sealed class ContainmentTests
{
    private const string Good1 = """{"caseId":"C-1","firstSickDay":"2025-01-06"}""";
    private const string Good3 = """{"caseId":"C-3","firstSickDay":"2025-02-03"}""";

    /// <summary>
    /// The input of the report: an application for a shortened wachttijd on 9999-12-31 (out of range) with a granted
    /// decision; the check of the decision added ten weeks to the application date past the calendar's end.
    /// </summary>
    private const string Reported =
        """{"caseId":"C-2","firstSickDay":"2025-01-06","events":[{"type":"vervroegde-iva-aanvraag","on":"9999-12-31"},{"type":"vervroegde-iva-besluit","on":"9999-12-31","granted":true,"wachttijdEndsOn":"2025-06-01"}]}""";

    private static readonly LocalDate AsOf = new(2025, 6, 2);

    private static string[] Lines(string text) => text.Split('\n').Where(l => l.Length > 0).ToArray();

    private static string Compact(string caseJson)
    {
        var assessment = new PoortwachterEngine().Assess(PoortwachterJson.ReadCaseOrThrow(caseJson), AsOf);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, PoortwachterJson.CompactWriterOptions))
        {
            PoortwachterJson.WriteAssessment(writer, assessment, withText: true);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    [Fact]
    public async Task The_reported_line_costs_only_itself_and_no_problem_document_follows_the_stream()
    {
        using var factory = new ServerFactory();
        using var client = factory.Client();

        using var response = await client.PostAsync(
            "/v1/assessments/batch?asOf=2025-06-02",
            Web.Ndjson(Good1 + "\n" + Reported + "\n" + Good3 + "\n")
        );

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var body = await response.Content.ReadAsStringAsync();
        var lines = Lines(body);
        lines.Should().HaveCount(3, "one result line per case line, and nothing after them:\n" + body);
        lines[0].Should().Be(Compact(Good1));
        lines[2].Should().Be(Compact(Good3));
        var error = JsonNode.Parse(lines[1])!.AsObject();
        error["line"]!.GetValue<long>().Should().Be(2);
        error["caseId"]!.GetValue<string>().Should().Be("C-2");
        error["errors"]!.AsArray().Should().NotBeEmpty();
        // Whether the library reports it as a bad case (paths) or it fails unexpectedly (a reference): never a problem document.
        error.ContainsKey("status").Should().BeFalse();
        if (error["reference"] is { } reference)
        {
            factory.Logs.Containing(reference.GetValue<string>()).Should().ContainSingle().Which.Exception.Should().NotBeNull();
        }
    }

    [Fact]
    public async Task The_reported_case_alone_gets_a_problem_document_without_a_stack_trace()
    {
        using var factory = new ServerFactory();
        using var client = factory.Client();

        using var response = await client.PostAsync("/v1/assessments?asOf=2025-06-02", Web.Json(Reported));

        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var text = await response.Content.ReadAsStringAsync();
        text.Should().NotContain(" at Poortwachter").And.NotContain("Exception");
        var problem = JsonNode.Parse(text)!.AsObject();
        if (response.StatusCode == HttpStatusCode.BadRequest)
        {
            Web.Errors(problem).Should().NotBeEmpty().And.OnlyContain(e => e.Path.StartsWith("$.events[", StringComparison.Ordinal));
        }
        else
        {
            // Before the library's validation is total (issue 22): an unexpected failure, with its reference.
            response.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
            var reference = problem["reference"]!.GetValue<string>();
            factory.Logs.Containing(reference).Should().ContainSingle().Which.Exception.Should().NotBeNull();
        }
    }

    [Theory]
    [InlineData(Failing.InRule)]
    [InlineData(Failing.InText)]
    public async Task A_line_whose_assessment_fails_unexpectedly_becomes_its_error_line_with_a_reference_in_the_log(string where)
    {
        using var factory = ServerFactory.With(services => services.AddSingleton(Failing.Engine(where)));
        using var client = factory.Client();
        var failing = $$"""{"caseId":"C-{{where}}","firstSickDay":"2025-01-06"}""";

        using var response = await client.PostAsync(
            "/v1/assessments/batch?asOf=2025-06-02",
            Web.Ndjson(Good1 + "\n" + failing + "\n" + Good3 + "\n")
        );

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var lines = Lines(await response.Content.ReadAsStringAsync());
        lines.Should().HaveCount(3);
        lines[0].Should().Be(Compact(Good1));
        lines[2].Should().Be(Compact(Good3));
        var error = JsonNode.Parse(lines[1])!.AsObject();
        error.Select(p => p.Key).Should().Equal("line", "caseId", "errors", "reference");
        var reference = error["reference"]!.GetValue<string>();
        reference.Should().MatchRegex("^[0-9a-f]{16}$");
        (error["line"]!.GetValue<long>(), error["caseId"]!.GetValue<string>()).Should().Be((2L, "C-" + where));
        Web.Errors(error)
            .Should()
            .Equal(
                (
                    "$",
                    $"the line could not be assessed: an unexpected failure in the service (reference {reference}, in the service's log); the other lines are not affected."
                )
            );
        var logged = factory.Logs.Containing(reference).Should().ContainSingle().Subject;
        logged.Level.Should().Be(LogLevel.Error);
        logged.Message.Should().Contain("line 2");
        logged.Exception.Should().NotBeNull();
        lines[1].Should().NotContain(Failing.Secret, "the exception stays in the log");
    }

    [Fact]
    public async Task One_case_that_fails_unexpectedly_is_a_500_problem_with_the_reference_and_no_stack_trace()
    {
        using var factory = ServerFactory.With(services => services.AddSingleton(Failing.Engine(Failing.InText)));
        using var client = factory.Client();

        using var response = await client.PostAsync(
            "/v1/assessments?asOf=2025-06-02",
            Web.Json($$"""{"caseId":"C-{{Failing.InText}}","firstSickDay":"2025-01-06"}""")
        );

        response.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var text = await response.Content.ReadAsStringAsync();
        text.Should().NotContain(Failing.Secret).And.NotContain(" at ").And.NotContain("Exception");
        var problem = JsonNode.Parse(text)!.AsObject();
        problem.Select(p => p.Key).Should().Equal("type", "title", "status", "detail", "instance", "errors", "reference");
        var reference = problem["reference"]!.GetValue<string>();
        problem["detail"]!
            .GetValue<string>()
            .Should()
            .Be($"An unexpected failure in the service stopped the request; it is logged with the reference {reference}.");
        problem["errors"]!.AsArray().Should().BeEmpty();
        var logged = factory.Logs.Containing(reference).Should().ContainSingle().Subject;
        logged.Exception!.ToString().Should().Contain(Failing.Secret);
    }

    /// <summary>A host rule that fails for one case: in the rule itself, or in the text of its obligation (read when written).</summary>
    private sealed class Failing(string where) : IRule
    {
        public const string InRule = "RULE";
        public const string InText = "TEXT";
        public const string Secret = "the host rule's own words";

        private static readonly RuleDescriptor Own = new(
            "test-storing",
            "A host rule that fails",
            "counted day 3",
            new LegalSource("Testprotocol"),
            LegalCharacter.Practice,
            "None.",
            CaseValidator.CurrentRegimeStart
        );

        public RuleDescriptor Descriptor => Own;

        public static PoortwachterEngine Engine(string where) => new(new PoortwachterOptions().Add(new Failing(where)));

        public void Evaluate(RuleContext context, RuleOutput output)
        {
            if (context.Case.CaseId != "C-" + where)
            {
                return;
            }

            if (where == InRule)
            {
                throw new InvalidOperationException(Secret);
            }

            output.Add(
                Own,
                context.CreateObligation(Own, context.FirstSickDay.PlusDays(3), null, () => throw new InvalidOperationException(Secret))
            );
        }
    }
}
