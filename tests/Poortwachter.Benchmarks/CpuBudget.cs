using System;
using System.Buffers;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Poortwachter.Json;

namespace Poortwachter.Benchmarks;

/// <summary>
/// Issue 28's CPU budget per case on one thread (<c>-- cpu [cases] [rounds] [step]</c>, the step a part of its name, to profile it alone): the generated mix of the command's
/// batch, read, assessed and written the way the command does it (one assessment date, 2025-06-01), each step timed in
/// process CPU time (user + sys), which a machine shared with other builds disturbs far less than wall time. The floor
/// in the same run: each case's JSON parsed with <see cref="JsonDocument"/> and written back.
/// </summary>
/// <remarks>
/// Each step runs over every case once per round, rounds interleaved, after two warm-up rounds (so the JIT has
/// finished tiering); the median round is printed, with the bytes allocated and written per case.
/// </remarks>
internal static class CpuBudget
{
    private static readonly LocalDate AsOf = new(2025, 6, 1);

    public static void Run(int count, int rounds, string? only = null)
    {
        var engine = PoortwachterEngine.CreateDefault();
        var generated = Cases.Generate(count);
        var json = generated.Select(g => System.Text.Encoding.UTF8.GetBytes(PoortwachterJson.WriteCase(g.Case))).ToArray();
        var cases = json.Select(j => PoortwachterJson.ReadCase(j).Case!).ToArray();
        var assessments = cases.Select(c => engine.Assess(c, AsOf)).ToArray();
        var buffer = new ArrayBufferWriter<byte>(1 << 16);
        using var writer = new Utf8JsonWriter(buffer, PoortwachterJson.CompactWriterOptions);

        long Written()
        {
            writer.Flush();
            var n = writer.BytesCommitted;
            buffer.Clear();
            writer.Reset();
            return n;
        }

        var steps = new (string Name, Func<int, long> Step)[]
        {
            (
                "floor: JsonDocument parse + write back",
                i =>
                {
                    using var document = JsonDocument.Parse(json[i]);
                    document.WriteTo(writer);
                    return Written();
                }
            ),
            ("strict read", i => PoortwachterJson.ReadCase(json[i]).Case!.Events.Count),
            ("assess", i => engine.Assess(cases[i], AsOf).Obligations.Count),
            (
                "write, every text (English)",
                i =>
                {
                    PoortwachterJson.WriteAssessment(writer, assessments[i], withText: true, TextLanguage.English);
                    return Written();
                }
            ),
            (
                "write, every text (Dutch)",
                i =>
                {
                    PoortwachterJson.WriteAssessment(writer, assessments[i], withText: true, TextLanguage.Dutch);
                    return Written();
                }
            ),
            (
                "write, no texts",
                i =>
                {
                    PoortwachterJson.WriteAssessment(writer, assessments[i], withText: false);
                    return Written();
                }
            ),
            ("round trip, every text (English)", i => RoundTrip(engine, json[i], writer, true, TextLanguage.English, Written)),
            ("round trip, every text (Dutch)", i => RoundTrip(engine, json[i], writer, true, TextLanguage.Dutch, Written)),
            ("round trip, no texts", i => RoundTrip(engine, json[i], writer, false, TextLanguage.English, Written)),
        };

        if (only is not null)
        {
            steps = steps.Where(s => s.Name.Contains(only, StringComparison.Ordinal)).ToArray();
        }

        var times = steps.Select(_ => new List<double>()).ToArray();
        var allocated = new double[steps.Length];
        var output = new double[steps.Length];
        for (var round = -2; round < rounds; round++)
        {
            for (var s = 0; s < steps.Length; s++)
            {
                GC.Collect();
                var step = steps[s].Step;
                long bytes = 0;
                var before = GC.GetAllocatedBytesForCurrentThread();
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                for (var i = 0; i < count; i++)
                {
                    bytes += step(i);
                }

                var spent = Process.GetCurrentProcess().TotalProcessorTime - cpu;
                if (round >= 0)
                {
                    times[s].Add(spent.TotalMilliseconds * 1000.0 / count);
                    allocated[s] = (GC.GetAllocatedBytesForCurrentThread() - before) / (double)count;
                    output[s] = bytes / (double)count;
                }
            }
        }

        var load = System.IO.File.Exists("/proc/loadavg") ? System.IO.File.ReadAllText("/proc/loadavg").Trim() : "?";
        Console.WriteLine(
            string.Create(CultureInfo.InvariantCulture, $"{count} generated cases, {rounds} rounds, median round; load average {load}")
        );
        Console.WriteLine("| step | CPU per case | allocated per case | result per case |");
        Console.WriteLine("|---|---:|---:|---:|");
        for (var s = 0; s < steps.Length; s++)
        {
            var sorted = times[s].OrderBy(t => t).ToArray();
            var median = sorted[sorted.Length / 2];
            Console.WriteLine(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"| {steps[s].Name} | {median:F2} µs (min {sorted[0]:F2}) | {allocated[s]:N0} B | {output[s]:N0} |"
                )
            );
        }
    }

    private static long RoundTrip(
        PoortwachterEngine engine,
        byte[] json,
        Utf8JsonWriter writer,
        bool withText,
        TextLanguage language,
        Func<long> written
    )
    {
        var @case = PoortwachterJson.ReadCase(json).Case!;
        PoortwachterJson.WriteAssessment(writer, engine.Assess(@case, AsOf), withText, language);
        return written();
    }
}
