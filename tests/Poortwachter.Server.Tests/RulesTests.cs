using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using FluentAssertions;
using NodaTime;
using Poortwachter.Server.Tests.Support;
using Xunit;

namespace Poortwachter.Server.Tests;

/// <summary><c>GET /v1/rules</c>: the rule catalogue from the rules' own metadata.</summary>
public sealed class RulesTests : IClassFixture<ServerFactory>
{
    private readonly HttpClient _client;

    public RulesTests(ServerFactory factory) => _client = factory.Client();

    private static JsonObject Rule(JsonObject catalogue, string code) =>
        catalogue["rules"]!.AsArray().Single(r => r!["code"]!.GetValue<string>() == code)!.AsObject();

    [Fact]
    public async Task The_catalogue_lists_every_rule_of_the_rule_set_in_order_with_its_metadata()
    {
        using var response = await _client.GetAsync("/v1/rules?firstSickDay=2025-01-06");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var catalogue = await Web.Read(response);
        catalogue["firstSickDay"]!.GetValue<string>().Should().Be("2025-01-06");
        catalogue["ruleSet"]!["code"]!.GetValue<string>().Should().Be("wvp-2013");
        catalogue["ruleSet"]!["inForceFrom"]!.GetValue<string>().Should().Be("2013-07-01");
        var expected = new PoortwachterEngine().RulesFor(new LocalDate(2025, 1, 6)).RuleSet.Rules.Select(r => r.Descriptor.Code);
        catalogue["rules"]!.AsArray().Select(r => r!["code"]!.GetValue<string>()).Should().Equal(expected);

        // Regeling procesgang eerste en tweede ziektejaar (BWBR0013540) art. 2 lid 2: the problem analysis within six weeks.
        var probleemanalyse = Rule(catalogue, "probleemanalyse");
        probleemanalyse["legalBasis"]!["citation"]!
            .GetValue<string>()
            .Should()
            .Be("Regeling procesgang eerste en tweede ziektejaar, art. 2 lid 2");
        probleemanalyse["legalBasis"]!["article"]!.GetValue<string>().Should().Be("2");
        probleemanalyse["legalBasis"]!["lid"]!.GetValue<string>().Should().Be("2");
        probleemanalyse["legalCharacter"]!.GetValue<string>().Should().Be("statute");
        probleemanalyse["dueRule"]!.GetValue<string>().Should().StartWith("counted day 42");
        probleemanalyse["inForceUntil"].Should().BeNull();
        probleemanalyse["enabledByDefault"]!.GetValue<bool>().Should().BeTrue();
        probleemanalyse["applied"]!.GetValue<bool>().Should().BeTrue();

        var trajectplan = Rule(catalogue, "spoor-2-trajectplan");
        trajectplan["legalCharacter"]!.GetValue<string>().Should().Be("practice");
        trajectplan["enabledByDefault"]!.GetValue<bool>().Should().BeFalse();
        trajectplan["applied"]!.GetValue<bool>().Should().BeFalse();
    }

    [Fact]
    public async Task A_rule_switched_on_in_the_settings_is_applied()
    {
        using var factory = ServerFactory.With(("Poortwachter:Engine:EnabledRules:0", "spoor-2-traject"));
        using var client = factory.Client();

        var catalogue = await Web.Read(await client.GetAsync("/v1/rules?firstSickDay=2025-01-06"));

        Rule(catalogue, "spoor-2-trajectplan")["applied"]!.GetValue<bool>().Should().BeTrue();
        Rule(catalogue, "spoor-2-trajectplan")["enabledByDefault"]!.GetValue<bool>().Should().BeFalse();
    }

    [Theory]
    [InlineData("2025-02-29", "'2025-02-29' is not a date that exists: February 2025 has 28 days.")]
    [InlineData(
        "2013-06-30",
        "no rule set applies to a first sick day of 2013-06-30: the engine supports wvp-2013 (first sick day from 2013-07-01, 26 rules)."
    )]
    public async Task A_bad_first_sick_day_is_a_400_problem_at_firstSickDay(string day, string message)
    {
        using var response = await _client.GetAsync("/v1/rules?firstSickDay=" + day);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        Web.Errors(await Web.Read(response)).Should().Equal(("firstSickDay", message));
    }

    [Fact]
    public async Task Without_a_first_sick_day_the_catalogue_is_todays()
    {
        var catalogue = await Web.Read(await _client.GetAsync("/v1/rules"));

        catalogue["ruleSet"]!["code"]!.GetValue<string>().Should().Be("wvp-2013");
        catalogue["firstSickDay"]!.GetValue<string>().Should().MatchRegex(@"^\d{4}-\d{2}-\d{2}$");
    }
}
