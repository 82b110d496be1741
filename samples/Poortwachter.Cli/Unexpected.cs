using System;
using System.Globalization;
using System.IO;
using System.Security.Cryptography;
using Poortwachter.Cases;
using Poortwachter.Json;

namespace Poortwachter.Cli;

/// <summary>
/// A failure the command did not foresee (a bug in the engine, a rule or the command): it is reported on one line
/// with a short incident id, never as a stack trace, and a batch goes on with its other lines. With the environment
/// variable <c>POORTWACHTER_VERBOSE=1</c> the whole exception follows on standard error, each line starting with the
/// same incident id, so the report and its details can be matched in a log.
/// </summary>
internal static class Unexpected
{
    /// <summary>The environment variable that puts the whole exception of an unexpected failure on standard error.</summary>
    public const string VerboseVariable = "POORTWACHTER_VERBOSE";

    /// <summary>Whether an exception is one the command did not foresee (and so is contained, not passed on).</summary>
    /// <param name="error">The exception.</param>
    /// <returns>
    /// <see langword="false"/> for the command's own outcomes (bad input, a bad case, a stop, an output that cannot be
    /// written) and for running out of memory, which no line can be blamed for.
    /// </returns>
    public static bool Is(Exception error) =>
        error
            is not (
                CliInputException
                or InvalidCaseException
                or IOException
                or UnauthorizedAccessException
                or OperationCanceledException
                or OutOfMemoryException
            );

    /// <summary>A new incident id: eight hexadecimal digits, random, so two runs' incidents are not confused.</summary>
    /// <returns>The id, such as <c>3f9a1c2e</c>.</returns>
    public static string NewIncident() => RandomNumberGenerator.GetInt32(int.MaxValue).ToString("x8", CultureInfo.InvariantCulture);

    /// <summary>The one-line description of an unexpected failure: the incident id, the exception's type and its message.</summary>
    /// <param name="incident">The incident id.</param>
    /// <param name="error">The exception.</param>
    /// <returns>Text such as <c>unexpected error (incident 3f9a1c2e): OverflowException: ...</c>, made safe to show.</returns>
    public static string Describe(string incident, Exception error) =>
        $"unexpected error (incident {incident}): {error.GetType().Name}: {SafeText.Visible(error.Message, 200)}";

    /// <summary>Writes the whole exception, line by line and each line marked with the incident id, when <see cref="CliContext.Verbose"/> is set.</summary>
    /// <param name="context">The command's context.</param>
    /// <param name="incident">The incident id.</param>
    /// <param name="error">The exception.</param>
    public static void Details(CliContext context, string incident, Exception error)
    {
        if (!context.Verbose)
        {
            return;
        }

        foreach (var line in error.ToString().Split('\n'))
        {
            context.Error.WriteLine($"poortwachter: incident {incident}: {SafeText.Visible(line.TrimEnd('\r'), 1000)}");
        }
    }

    /// <summary>Reports an unexpected failure of a run that is not a batch: one line, then the details if asked for.</summary>
    /// <param name="context">The command's context.</param>
    /// <param name="error">The exception.</param>
    /// <param name="what">What failed, such as <c>case.json (case 'C-1')</c>; null for the command itself.</param>
    /// <param name="outcome">What became of the output, such as "nothing was written"; null when it is not known.</param>
    /// <returns>The exit code, <see cref="CliApp.Failure"/>.</returns>
    public static int Report(CliContext context, Exception error, string? what, string? outcome)
    {
        var incident = NewIncident();
        var prefix = what is null ? "poortwachter: " : $"poortwachter: {what}: ";
        var after = outcome is null ? "." : $"; {outcome}.";
        context.Error.WriteLine($"{prefix}{Describe(incident, error)}{after}{Hint(context)}");
        Details(context, incident, error);
        return CliApp.Failure;
    }

    /// <summary>The hint that the details can be had, when they were not written.</summary>
    /// <param name="context">The command's context.</param>
    /// <returns>A sentence with a leading space, or empty.</returns>
    public static string Hint(CliContext context) =>
        context.Verbose ? string.Empty : $" Set {VerboseVariable}=1 to see the details on standard error.";
}
