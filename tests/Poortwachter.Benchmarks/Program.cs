using System;
using System.Globalization;
using System.IO;
using System.Text;
using BenchmarkDotNet.Running;
using Poortwachter.Json;

namespace Poortwachter.Benchmarks;

/// <summary>
/// Runs the suite (<c>dotnet run -c Release --project tests/Poortwachter.Benchmarks -- --filter '*'</c>), or writes a
/// JSON Lines file of generated cases for the command's batch mode (<c>-- generate 1000000 cases.jsonl</c>), or
/// measures issue 28's CPU budget per case (<c>-- cpu 20000 5</c>), or writes issue 27's nightly pair: a portfolio as
/// known on one night (<c>-- portfolio 100000 2025-06-01 yesterday.jsonl</c>) and the next night's file with a few
/// hundred changes (<c>-- next-day yesterday.jsonl 2025-06-02 today.jsonl 300</c>; see <see cref="NightlyCases"/>).
/// </summary>
public static class Program
{
    /// <summary>The entry point.</summary>
    /// <param name="args">BenchmarkDotNet's arguments, or <c>generate COUNT PATH</c>.</param>
    public static void Main(string[] args)
    {
        if (args.Length == 3 && args[0] == "generate")
        {
            Generate(int.Parse(args[1], CultureInfo.InvariantCulture), args[2]);
            return;
        }

        if (args.Length is 4 or 5 && args[0] == "portfolio")
        {
            NightlyCases.WritePortfolio(
                int.Parse(args[1], CultureInfo.InvariantCulture),
                NodaTime.Text.LocalDatePattern.Iso.Parse(args[2]).GetValueOrThrow(),
                args[3],
                args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 27
            );
            return;
        }

        if (args.Length is >= 4 and <= 6 && args[0] == "next-day")
        {
            NightlyCases.WriteNextDay(
                args[1],
                NodaTime.Text.LocalDatePattern.Iso.Parse(args[2]).GetValueOrThrow(),
                args[3],
                args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 300,
                args.Length > 5 ? int.Parse(args[5], CultureInfo.InvariantCulture) : 28
            );
            return;
        }

        if (args.Length == 3 && args[0] == "bare")
        {
            Bare(args[1], args[2]);
            return;
        }

        if (args.Length >= 1 && args[0] == "cpu")
        {
            CpuBudget.Run(
                args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20_000,
                args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5,
                args.Length > 3 ? args[3] : null
            );
            return;
        }

        if (args.Length == 1 && args[0] == "show")
        {
            var a = PoortwachterEngine.CreateDefault().Assess(Cases.Complex(), Cases.ComplexAsOf);
            Console.WriteLine(PoortwachterJson.WriteAssessment(a, indented: true));
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }

    /// <summary>
    /// The floor of the batch: each line of a JSON Lines file parsed with <see cref="System.Text.Json.JsonDocument"/> and
    /// written back compact, one thread, no contract checks and no engine (<c>-- bare cases.jsonl /dev/null</c>).
    /// </summary>
    private static void Bare(string input, string output)
    {
        using var source = new FileStream(input, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        using var target = new FileStream(output, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        using var writer = new System.Text.Json.Utf8JsonWriter(target, PoortwachterJson.CompactWriterOptions);
        var buffer = new byte[1 << 20];
        int filled = 0,
            lines = 0;
        while (true)
        {
            var read = source.Read(buffer, filled, buffer.Length - filled);
            filled += read;
            var start = 0;
            int newline;
            while ((newline = Array.IndexOf(buffer, (byte)'\n', start, filled - start)) >= 0)
            {
                if (newline > start)
                {
                    using var document = System.Text.Json.JsonDocument.Parse(buffer.AsMemory(start, newline - start));
                    document.WriteTo(writer);
                    writer.Flush();
                    writer.Reset();
                    target.WriteByte((byte)'\n');
                    lines++;
                }

                start = newline + 1;
            }

            Array.Copy(buffer, start, buffer, 0, filled - start);
            filled -= start;
            if (read == 0)
            {
                break;
            }
        }

        Console.Error.WriteLine($"{lines} lines parsed and written back");
    }

    private static void Generate(int count, string path)
    {
        using var file = new StreamWriter(path, append: false, new UTF8Encoding(false), 1 << 16);
        foreach (var (c, _) in Cases.Generate(count))
        {
            file.Write(PoortwachterJson.WriteCase(c));
            file.Write('\n');
        }
    }
}
