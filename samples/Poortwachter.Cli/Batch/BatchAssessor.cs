using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Threading.Tasks;
using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Poortwachter.Cli.Files;
using Poortwachter.Json;
using Poortwachter.Json.Lines;

namespace Poortwachter.Cli.Batch;

/// <summary>
/// Assesses JSON Lines, one case per line, streaming: each good line gives one compact JSON assessment line on the
/// output; each bad line is reported on standard error with its line number, its case id when it has one, and its
/// problems, and the run ends with exit code 2 if any line was bad. A line longer than the maximum is reported and
/// skipped. A line whose reading, assessment or writing fails unexpectedly is reported the same way, with an incident
/// id (<see cref="Unexpected"/>), and nothing of it is written: each line's JSON is kept or dropped whole. The output
/// is committed (a file renamed into place) only when at least one case was assessed and the run was not stopped.
/// </summary>
internal static class BatchAssessor
{
    /// <summary>
    /// The most lines in one block of work. A full assessment is about 11 KB of JSON, so a block's output stays near
    /// 1.5 MB and the blocks in flight keep peak memory flat in the input's size (measured, 29 November 2026, 200,000
    /// cases: 1,024 lines a block peaked at 123 MB, 128 at 74 MB, in the same time).
    /// </summary>
    private const int BlockLines = 128;

    /// <summary>A block is closed once it holds this many bytes, so memory stays flat whatever the lines' sizes.</summary>
    private const int BlockBytes = 1 << 20;

    /// <summary>Assesses every line of the input and writes the results to the output.</summary>
    /// <param name="context">The command's context.</param>
    /// <param name="input">The input, JSON Lines.</param>
    /// <param name="output">The output.</param>
    /// <param name="asOf">The assessment date.</param>
    /// <param name="withText">Whether to write explanations and messages.</param>
    /// <param name="maxLineBytes">The longest line accepted.</param>
    /// <returns>The exit code.</returns>
    public static int Run(CliContext context, Stream input, OutputTarget output, LocalDate asOf, bool withText, int maxLineBytes)
    {
        var engine = context.CreateEngine();

        // A pipeline: this thread reads blocks of lines and writes finished blocks in order, while up to one block per
        // processor is assessed on the thread pool. The engine is thread-safe; each job has its own buffers.
        var workers = Math.Max(1, Math.Min(Environment.ProcessorCount, 16));
        var tally = new Tally();
        using var progress = RunProgress.Start(context);
        var inFlight = new Queue<(Task Task, Job Job)>();
        var idle = new Stack<Job>();
        string? cutShort = null;
        using (input)
        {
            // Each block is written and flushed as a whole, so a count of cases written is a count the output took.
            var target = output.OpenStream();
            var lines = new JsonLinesReader(input, maxLineBytes);
            try
            {
                while (!context.Stop.IsCancellationRequested)
                {
                    var job = idle.Count > 0 ? idle.Pop() : new Job();
                    bool filled;
                    try
                    {
                        filled = job.Block.Fill(lines);
                    }
                    catch (IOException ex)
                    {
                        idle.Push(job);
                        cutShort = $"the input could not be read on ({SafeText.Visible(ex.Message, 120)}), so the batch stopped";
                        break;
                    }
                    catch (OperationCanceledException) when (context.Stop.IsCancellationRequested)
                    {
                        // A signal while the input was quiet: the pending read was given up.
                        idle.Push(job);
                        break;
                    }

                    if (!filled)
                    {
                        idle.Push(job);
                        break;
                    }

                    inFlight.Enqueue(
                        (Task.Run(() => job.Part.Process(job.Block, engine, asOf, withText, context.Language, maxLineBytes)), job)
                    );
                    if (inFlight.Count > workers)
                    {
                        Finish(context, inFlight.Dequeue(), target, idle, tally, progress);
                    }
                }

                while (inFlight.Count > 0 && cutShort is null && !context.Stop.IsCancellationRequested)
                {
                    Finish(context, inFlight.Dequeue(), target, idle, tally, progress);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                cutShort = $"{output.WhyNotWritten(ex)}, so the batch stopped";
            }
            finally
            {
                foreach (var (task, _) in inFlight)
                {
                    task.ContinueWith(static _ => { }, TaskScheduler.Default).Wait();
                }
            }
        }

        foreach (var job in idle)
        {
            job.Part.Dispose();
        }

        var code = Conclude(context, output, tally, cutShort);
        progress.Finish(tally.Good, tally.Bad);
        return code;
    }

    private static int Conclude(CliContext context, OutputTarget output, Tally tally, string? cutShort)
    {
        var unexpected =
            tally.Unexpected == 0
                ? string.Empty
                : $" ({tally.Unexpected} with an unexpected error, each with its incident id{(context.Verbose ? string.Empty : $"; set {Unexpected.VerboseVariable}=1 for the details")})";
        var counts = $"{tally.Good} case(s) assessed, {tally.Bad} line(s) with problems{unexpected}";
        if (cutShort is not null || context.Stop.IsCancellationRequested)
        {
            var why = cutShort ?? "the batch was stopped (interrupted) before the end of the input";
            var kept =
                output.IsAtomic ? $"; {output.Name} was left as it was"
                : tally.Unwritten > 0 ? "; the output is incomplete, and may end in part of a line"
                : "; the output is incomplete";
            var lost = tally.Unwritten > 0 ? $", {tally.Unwritten} assessed case(s) not written" : string.Empty;
            context.Error.WriteLine(
                $"poortwachter: {why}: {tally.Good} case(s) written in full{lost}, {tally.Bad} line(s) with problems so far{unexpected}{kept}."
            );
            return context.Stop.IsCancellationRequested ? CliApp.Interrupted : CliApp.Failure;
        }

        if (tally.Good == 0)
        {
            var kept = output.IsAtomic ? $"; {output.Name} was left as it was" : string.Empty;
            context.Error.WriteLine(
                tally.Bad == 0
                    ? $"poortwachter: the input holds no case (no line with a case on it){kept}."
                    : $"poortwachter: no case assessed, {tally.Bad} line(s) with problems{unexpected}{kept}."
            );
            return CliApp.InvalidInput;
        }

        output.Commit();
        if (tally.Bad > 0)
        {
            context.Error.WriteLine($"poortwachter: {counts}; the output holds the assessed cases only.");
            return CliApp.InvalidInput;
        }

        return CliApp.Ok;
    }

    private static void Finish(
        CliContext context,
        (Task Task, Job Job) item,
        Stream output,
        Stack<Job> idle,
        Tally tally,
        RunProgress progress
    )
    {
        item.Task.GetAwaiter().GetResult();
        var part = item.Job.Part;
        foreach (var bad in part.Problems)
        {
            Report(context, bad);
            tally.Bad++;
            if (bad.Error is not null)
            {
                tally.Unexpected++;
            }
        }

        // Counted as written only once the output took the whole block: a full disk or /dev/full is not "written".
        tally.Unwritten += part.Assessed;
        part.Output.Position = 0;
        part.Output.WriteTo(output);
        output.Flush();
        tally.Unwritten -= part.Assessed;
        tally.Good += part.Assessed;
        idle.Push(item.Job);
        progress.Update(tally.Good, tally.Bad);
    }

    private static void Report(CliContext context, BadLine bad)
    {
        var where = bad.CaseId is { } id ? $"line {bad.Line} (case {SafeText.Quote(id, 60)})" : $"line {bad.Line}";
        if (bad.Error is { } error)
        {
            var incident = Unexpected.NewIncident();
            context.Error.WriteLine($"{where}: $: {Unexpected.Describe(incident, error)}; the line was skipped.");
            Unexpected.Details(context, incident, error);
            return;
        }

        foreach (var p in bad.Problems)
        {
            context.Error.WriteLine($"{where}: {SafeText.Visible(p.Path, 120)}: {SafeText.Visible(p.Message, 1000)}");
        }
    }

    /// <summary>The running counts of a batch.</summary>
    private sealed class Tally
    {
        /// <summary>Gets or sets the cases assessed and written.</summary>
        public long Good { get; set; }

        /// <summary>Gets or sets the cases assessed whose block the output did not take.</summary>
        public long Unwritten { get; set; }

        /// <summary>Gets or sets the lines reported, an unexpected failure among them.</summary>
        public long Bad { get; set; }

        /// <summary>Gets or sets the lines that failed unexpectedly.</summary>
        public long Unexpected { get; set; }
    }

    /// <summary>A block of lines and the buffers its assessment is written to.</summary>
    private sealed class Job
    {
        public Block Block { get; } = new();

        public Part Part { get; } = new();
    }

    /// <summary>A bad line: its number, its case id when one could be read, and its problems or the exception it failed with.</summary>
    private sealed record BadLine(long Line, string? CaseId, IReadOnlyList<CaseProblem> Problems, Exception? Error = null);

    /// <summary>A block of lines copied out of the reader's buffer, so that several threads can work on them.</summary>
    private sealed class Block
    {
        private byte[] _bytes = new byte[BlockBytes];
        private readonly int[] _starts = new int[BlockLines];
        private readonly int[] _lengths = new int[BlockLines];
        private readonly long[] _numbers = new long[BlockLines];
        private readonly long[] _oversize = new long[BlockLines];
        private readonly bool[] _blank = new bool[BlockLines];

        public int Count { get; private set; }

        public bool Fill(JsonLinesReader reader)
        {
            Count = 0;
            var used = 0;
            while (Count < BlockLines && used < BlockBytes && reader.TryRead(out var line))
            {
                var length = (int)line.Bytes.Length;
                if (used + length > _bytes.Length)
                {
                    Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, used + length));
                }

                line.Bytes.CopyTo(_bytes.AsSpan(used));
                _starts[Count] = used;
                _lengths[Count] = length;
                _numbers[Count] = line.Number;
                _oversize[Count] = line.IsOversize ? line.Length : -1;
                _blank[Count] = line.IsBlank;
                used += length;
                Count++;
            }

            if (_bytes.Length > 4 * BlockBytes && used <= BlockBytes)
            {
                // One long line grew the buffer; give the memory back once it has passed.
                _bytes = new byte[BlockBytes];
            }

            return Count > 0;
        }

        public ReadOnlySpan<byte> Line(int i) => _bytes.AsSpan(_starts[i], _lengths[i]);

        public long Number(int i) => _numbers[i];

        public long Oversize(int i) => _oversize[i];

        public bool IsBlank(int i) => _blank[i];
    }

    /// <summary>One worker's output for a block: the JSON lines and the problems, in line order.</summary>
    private sealed class Part : IDisposable
    {
        private readonly JsonLinesWriter _writer;

        public Part()
        {
            Output = new MemoryStream(1 << 20);
            _writer = new JsonLinesWriter(Output);
        }

        public MemoryStream Output { get; }

        public List<BadLine> Problems { get; } = [];

        public int Assessed { get; private set; }

        public void Process(Block block, PoortwachterEngine engine, LocalDate asOf, bool withText, TextLanguage language, int maxLineBytes)
        {
            Output.SetLength(0);
            Problems.Clear();
            Assessed = 0;
            for (var i = 0; i < block.Count; i++)
            {
                if (block.Oversize(i) is var size and >= 0)
                {
                    Problems.Add(
                        new BadLine(
                            block.Number(i),
                            null,
                            [
                                new CaseProblem(
                                    "$",
                                    $"the line is {size:N0} bytes, more than the {maxLineBytes:N0} bytes a case may take (--max-case-bytes); it was skipped."
                                ),
                            ]
                        )
                    );
                    continue;
                }

                if (block.IsBlank(i))
                {
                    continue;
                }

                var line = block.Line(i);

                var start = Output.Length;
                string? caseId = null;
                try
                {
                    AssessLine(line, block.Number(i), engine, asOf, withText, language, ref caseId);
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    // Whatever failed, this line's output goes whole: what it wrote so far is dropped, the writer reset.
                    Output.SetLength(start);
                    _writer.DiscardLine();
                    Problems.Add(new BadLine(block.Number(i), caseId ?? FindCaseId(line), [], ex));
                }
            }

            if (Output.Capacity > 16 * BlockBytes && Output.Length <= BlockBytes)
            {
                Output.Capacity = BlockBytes;
            }
        }

        /// <summary>Reads, checks, assesses and writes one line; a bad case is added to <see cref="Problems"/>.</summary>
        private void AssessLine(
            ReadOnlySpan<byte> line,
            long number,
            PoortwachterEngine engine,
            LocalDate asOf,
            bool withText,
            TextLanguage language,
            ref string? caseId
        )
        {
            var read = PoortwachterJson.ReadCase(line);
            if (!read.IsValid)
            {
                Problems.Add(new BadLine(number, CaseIds.Find(line), read.Problems));
                return;
            }

            caseId = read.Case.CaseId;
            Assessments.Assessment assessment;
            try
            {
                assessment = engine.Assess(read.Case, asOf);
            }
            catch (InvalidCaseException ex)
            {
                Problems.Add(new BadLine(number, caseId, ex.Problems));
                return;
            }

            PoortwachterJson.WriteAssessment(_writer.Json, assessment, withText, language);
            _writer.EndLine();
            Assessed++;
        }

        private static string? FindCaseId(ReadOnlySpan<byte> line)
        {
            try
            {
                return CaseIds.Find(line);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                return null;
            }
        }

        public void Dispose()
        {
            _writer.Dispose();
            Output.Dispose();
        }
    }
}
