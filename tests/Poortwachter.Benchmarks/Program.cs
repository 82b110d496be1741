using System;
using System.Globalization;
using System.IO;
using System.Text;
using BenchmarkDotNet.Running;
using Poortwachter.Json;

namespace Poortwachter.Benchmarks;

/// <summary>
/// Runs the suite (<c>dotnet run -c Release --project tests/Poortwachter.Benchmarks -- --filter '*'</c>), or writes a
/// JSON Lines file of generated cases for the command's batch mode (<c>-- generate 1000000 cases.jsonl</c>).
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

        if (args.Length == 1 && args[0] == "show")
        {
            var a = PoortwachterEngine.CreateDefault().Assess(Cases.Complex(), Cases.ComplexAsOf);
            Console.WriteLine(PoortwachterJson.WriteAssessment(a, indented: true));
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
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
