using System;
using System.IO;
using System.Text.Json;
using NodaTime;
using Poortwachter.Cases;
using Poortwachter.Json;

namespace Poortwachter.Cli.Batch;

/// <summary>
/// Assesses a JSON Lines file, one case per line, streaming: each good line gives one compact JSON assessment
/// line on the output; each bad line is reported on standard error with its line number and problems, and the
/// run ends with exit code 2 if any line was bad.
/// </summary>
internal static class BatchAssessor
{
    /// <summary>Whether a file looks like JSON Lines: its first two non-empty lines both start with '{'.</summary>
    public static bool LooksLikeJsonLines(string path)
    {
        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        var objects = 0;
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.AsSpan().TrimStart();
            if (trimmed.IsEmpty)
            {
                continue;
            }

            if (trimmed[0] != '{')
            {
                return false;
            }

            if (++objects == 2)
            {
                return true;
            }
        }

        return false;
    }

    public static int Run(CliContext context, string path, LocalDate asOf, string? output, bool withText)
    {
        var engine = context.CreateEngine();
        Stream target;
        if (output is not null)
        {
            target = new FileStream(output, FileMode.Create, FileAccess.Write, FileShare.None, 1);
        }
        else if (context.OpenRawOutput is { } open)
        {
            context.Output.Flush();
            target = open();
        }
        else
        {
            target = new TextWriterStream(context.Output);
        }

        // A pipeline: this thread reads blocks of lines and writes finished blocks in order, while up to one block per
        // processor is assessed on the thread pool. The engine is thread-safe; each job has its own buffers.
        var workers = Math.Max(1, Math.Min(Environment.ProcessorCount, 16));
        var good = 0;
        var bad = 0;
        var inFlight = new System.Collections.Generic.Queue<(System.Threading.Tasks.Task Task, Job Job)>();
        var idle = new System.Collections.Generic.Stack<Job>();
        using (target)
        using (var buffered = new BufferedStream(target, 1 << 16))
        using (var input = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan))
        {
            var lines = new LineReader(input);
            while (true)
            {
                var job = idle.Count > 0 ? idle.Pop() : new Job();
                if (!job.Block.Fill(lines, BlockLines))
                {
                    idle.Push(job);
                    break;
                }

                inFlight.Enqueue(
                    (System.Threading.Tasks.Task.Run(() => job.Part.Process(job.Block, 0, job.Block.Count, engine, asOf, withText)), job)
                );
                if (inFlight.Count > workers)
                {
                    good += Finish(context, inFlight.Dequeue(), buffered, idle, ref bad);
                }
            }

            while (inFlight.Count > 0)
            {
                good += Finish(context, inFlight.Dequeue(), buffered, idle, ref bad);
            }

            buffered.Flush();
        }

        foreach (var job in idle)
        {
            job.Part.Dispose();
        }

        if (bad > 0)
        {
            context.Error.WriteLine(
                $"poortwachter: {good} case(s) assessed, {bad} line(s) with problems in {path}; the output holds the assessed cases only."
            );
            return CliApp.InvalidInput;
        }

        return CliApp.Ok;
    }

    private const int BlockLines = 1024;

    private static int Finish(
        CliContext context,
        (System.Threading.Tasks.Task Task, Job Job) item,
        Stream output,
        System.Collections.Generic.Stack<Job> idle,
        ref int bad
    )
    {
        item.Task.GetAwaiter().GetResult();
        var assessed = Emit(context, item.Job.Part, output, ref bad);
        idle.Push(item.Job);
        return assessed;
    }

    /// <summary>A block of lines and the buffers its assessment is written to.</summary>
    private sealed class Job
    {
        public Block Block { get; } = new();

        public Part Part { get; } = new();
    }

    private static int Emit(CliContext context, Part part, Stream output, ref int bad)
    {
        part.Output.Position = 0;
        part.Output.WriteTo(output);
        foreach (var (line, problems) in part.Problems)
        {
            Report(context, line, problems);
            bad++;
        }

        return part.Assessed;
    }

    /// <summary>A block of lines copied out of the reader's buffer, so that several threads can work on them.</summary>
    private sealed class Block
    {
        private byte[] _bytes = new byte[1 << 20];
        private int[] _starts = new int[BlockLines];
        private int[] _lengths = new int[BlockLines];
        private int[] _numbers = new int[BlockLines];

        public int Count { get; private set; }

        public bool Fill(LineReader reader, int max)
        {
            Count = 0;
            var used = 0;
            while (Count < max && reader.TryRead(out var line, out var number))
            {
                if (used + line.Length > _bytes.Length)
                {
                    Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, used + line.Length));
                }

                line.Span.CopyTo(_bytes.AsSpan(used));
                _starts[Count] = used;
                _lengths[Count] = line.Length;
                _numbers[Count] = number;
                used += line.Length;
                Count++;
            }

            return Count > 0;
        }

        public ReadOnlySpan<byte> Line(int i) => _bytes.AsSpan(_starts[i], _lengths[i]);

        public int Number(int i) => _numbers[i];
    }

    /// <summary>One worker's output for a slice of a block: the JSON lines and the problems, in line order.</summary>
    private sealed class Part : IDisposable
    {
        private readonly Utf8JsonWriter _writer;

        public Part()
        {
            Output = new MemoryStream(1 << 20);
            _writer = new Utf8JsonWriter(Output, PoortwachterJson.CompactWriterOptions);
        }

        public MemoryStream Output { get; }

        public System.Collections.Generic.List<(
            int Line,
            System.Collections.Generic.IReadOnlyList<CaseProblem> Problems
        )> Problems { get; } = [];

        public int Assessed { get; private set; }

        public void Process(Block block, int from, int to, PoortwachterEngine engine, LocalDate asOf, bool withText)
        {
            Output.SetLength(0);
            Problems.Clear();
            Assessed = 0;
            for (var i = from; i < to; i++)
            {
                var line = block.Line(i);
                if (IsBlank(line))
                {
                    continue;
                }

                var read = PoortwachterJson.ReadCase(line);
                if (!read.IsValid)
                {
                    Problems.Add((block.Number(i), read.Problems));
                    continue;
                }

                Assessments.Assessment assessment;
                try
                {
                    assessment = engine.Assess(read.Case, asOf);
                }
                catch (InvalidCaseException ex)
                {
                    Problems.Add((block.Number(i), ex.Problems));
                    continue;
                }

                PoortwachterJson.WriteAssessment(_writer, assessment, withText);
                _writer.Flush();
                _writer.Reset();
                Output.WriteByte((byte)'\n');
                Assessed++;
            }
        }

        public void Dispose()
        {
            _writer.Dispose();
            Output.Dispose();
        }
    }

    private static void Report(CliContext context, int line, System.Collections.Generic.IReadOnlyList<CaseProblem> problems)
    {
        foreach (var p in problems)
        {
            context.Error.WriteLine($"line {line}: {p.Path}: {p.Message}");
        }
    }

    private static bool IsBlank(ReadOnlySpan<byte> line)
    {
        foreach (var b in line)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r'))
            {
                return false;
            }
        }

        return true;
    }
}
