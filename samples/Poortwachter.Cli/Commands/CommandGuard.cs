using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Poortwachter.Cases;
using Poortwachter.Json;

namespace Poortwachter.Cli.Commands;

/// <summary>
/// Runs a command's work and turns what it throws into the command's messages and exit codes: an input error, a bad
/// <c>--as-of</c>, an invalid case, a file that cannot be read or written, a stop by a signal, and (contained, with an
/// incident id) anything unforeseen.
/// </summary>
internal static class CommandGuard
{
    /// <summary>Runs <paramref name="action"/>.</summary>
    /// <param name="context">The command's context.</param>
    /// <param name="action">The work, returning the exit code.</param>
    /// <returns>The exit code.</returns>
    public static int Run(CliContext context, Func<int> action)
    {
        try
        {
            return action();
        }
        catch (CliInputException ex)
        {
            foreach (var line in ex.Lines)
            {
                context.Error.WriteLine(line);
            }

            return CliApp.InvalidInput;
        }
        catch (InvalidCaseException ex) when (ex.Problems.Count > 0 && ex.Problems.All(p => p.Path == "asOf"))
        {
            // The case is fine; the date it is assessed on is not.
            foreach (var p in ex.Problems)
            {
                context.Error.WriteLine($"poortwachter: --as-of: {SafeText.Visible(p.Message, 1000)}");
            }

            return CliApp.InvalidInput;
        }
        catch (InvalidCaseException ex)
        {
            WriteProblems(context.Error, "the case is invalid", ex.Problems);
            return CliApp.InvalidInput;
        }
        catch (IOException ex)
        {
            context.Error.WriteLine($"poortwachter: {SafeText.Visible(ex.Message, 300)}");
            return CliApp.Failure;
        }
        catch (UnauthorizedAccessException ex)
        {
            context.Error.WriteLine($"poortwachter: {SafeText.Visible(ex.Message, 300)}");
            return CliApp.Failure;
        }
        catch (OperationCanceledException) when (context.Stop.IsCancellationRequested)
        {
            // A signal while the input was being read (a quiet pipe): an --output file is left as it was.
            context.Error.WriteLine("poortwachter: stopped (interrupted) before anything was assessed; nothing was written.");
            return CliApp.Interrupted;
        }
        catch (Exception ex) when (Unexpected.Is(ex))
        {
            return Unexpected.Report(context, ex, null, null);
        }
    }

    /// <summary>Writes a heading and every problem with its JSON path, made visible.</summary>
    /// <param name="error">Standard error.</param>
    /// <param name="heading">What is wrong, such as "the case is invalid".</param>
    /// <param name="problems">The problems.</param>
    public static void WriteProblems(TextWriter error, string heading, IReadOnlyList<CaseProblem> problems)
    {
        error.WriteLine($"poortwachter: {heading} ({problems.Count} problem{(problems.Count == 1 ? string.Empty : "s")}):");
        foreach (var p in problems)
        {
            error.WriteLine($"  {SafeText.Visible(p.Path, 120)}: {SafeText.Visible(p.Message, 1000)}");
        }
    }
}
