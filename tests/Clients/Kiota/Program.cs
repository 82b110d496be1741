using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Abstractions.Serialization;
using Microsoft.Kiota.Http.HttpClientLibrary;
using Poortwachter.Clients.Kiota.Generated;
using Poortwachter.Clients.Kiota.Generated.Models;

namespace Poortwachter.Clients.Kiota;

/// <summary>
/// A client that Kiota generated from the committed OpenAPI document, used as an integrator would: each case file is
/// read into the generated model, posted through the generated client, and its answer compared with the same case
/// posted as raw JSON. The dates must arrive as dates and the nulls as nulls (before issue 26 every dueBy arrived as an
/// empty object), and the case must survive the generated model: the two answers are the same assessment.
/// Usage: Poortwachter.Clients.Kiota BASE-URL AS-OF CASE.json...
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var (baseUrl, asOf, files) = (args[0], args[1], args[2..]);
        using var http = new HttpClient { BaseAddress = new Uri(baseUrl) };
        var adapter = new HttpClientRequestAdapter(new AnonymousAuthenticationProvider(), httpClient: http) { BaseUrl = baseUrl };
        var client = new PoortwachterClient(adapter);
        var failures = new List<string>();
        int nullDates = 0,
            dates = 0;

        foreach (var file in files)
        {
            var json = await File.ReadAllTextAsync(file);
            var model = await KiotaJsonSerializer.DeserializeAsync(json, Case.CreateFromDiscriminatorValue);
            var generated = await client.V1.Assessments.PostAsync(
                model!,
                c =>
                    c.QueryParameters.AsOf = new Date(
                        DateTime.ParseExact(asOf, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
                    )
            );

            using var content = new StringContent(json, Encoding.UTF8, "application/json");
            using var response = await http.PostAsync($"v1/assessments?asOf={asOf}", content);
            var raw = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

            void Same(string path, Date? typed, JsonNode? expected)
            {
                var text = expected?.GetValue<string>();
                if (typed?.ToString() != text)
                {
                    failures.Add(
                        $"{file} {path}: the generated client read {typed?.ToString() ?? "null"}, the service sent {text ?? "null"}"
                    );
                }

                _ = text is null ? nullDates++ : dates++;
            }

            var w = generated!.Wachttijd!;
            Same("wachttijd.firstSickDay", w.FirstSickDay, raw["wachttijd"]!["firstSickDay"]);
            Same("wachttijd.lastDay", w.LastDay, raw["wachttijd"]!["lastDay"]);
            Same("wachttijd.wiaStart", w.WiaStart, raw["wachttijd"]!["wiaStart"]);
            Same("wachttijd.statutoryLastDay", w.StatutoryLastDay, raw["wachttijd"]!["statutoryLastDay"]);
            var obligations = raw["obligations"]!.AsArray();
            if (generated.Obligations!.Count != obligations.Count)
            {
                failures.Add($"{file}: {generated.Obligations.Count} obligations read, {obligations.Count} sent");
            }

            for (var i = 0; i < Math.Min(generated.Obligations.Count, obligations.Count); i++)
            {
                Same($"obligations[{i}].dueBy", generated.Obligations[i].DueBy, obligations[i]!["dueBy"]);
                Same($"obligations[{i}].fulfilledOn", generated.Obligations[i].FulfilledOn, obligations[i]!["fulfilledOn"]);
            }

            // The case went through the generated model (events and all): the answer is the raw case's answer.
            var again = JsonNode.Parse(await KiotaJsonSerializer.SerializeAsStringAsync(generated))!;
            foreach (var key in new[] { "caseId", "asOf", "ruleSet" })
            {
                if (again[key]?.GetValue<string>() != raw[key]?.GetValue<string>())
                {
                    failures.Add($"{file} {key}: {again[key]} read back, {raw[key]} sent");
                }
            }

            if (!JsonNode.DeepEquals(Dates(again["obligations"]!), Dates(raw["obligations"]!)))
            {
                failures.Add(
                    $"{file}: the obligations' kinds, dates and statuses written back by the generated model differ from the service's"
                );
            }
        }

        if (nullDates == 0 || dates == 0)
        {
            failures.Add($"the cases gave {dates} dates and {nullDates} nulls: the check needs both");
        }

        foreach (var failure in failures)
        {
            Console.Error.WriteLine("kiota client: " + failure);
        }

        Console.WriteLine(
            $"kiota client: {files.Length} case(s), {dates} dates and {nullDates} nulls read as the service sent them; {failures.Count} failure(s)"
        );
        return failures.Count == 0 ? 0 : 1;
    }

    private static JsonArray Dates(JsonNode obligations) =>
        new([
            .. obligations
                .AsArray()
                .Select(o =>
                    (JsonNode)
                        new JsonObject
                        {
                            ["kind"] = o!["kind"]?.DeepClone(),
                            ["sequence"] = o["sequence"]?.DeepClone(),
                            ["dueBy"] = o["dueBy"]?.DeepClone(),
                            ["fulfilledOn"] = o["fulfilledOn"]?.DeepClone(),
                            ["status"] = o["status"]?.DeepClone(),
                        }
                ),
        ]);
}
