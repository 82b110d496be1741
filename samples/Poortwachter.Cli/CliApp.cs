using System;
using System.CommandLine;
using System.IO;
using System.Reflection;
using NodaTime;
using Poortwachter.Cli.Commands;
using Poortwachter.Json;

namespace Poortwachter.Cli;

/// <summary>
/// The <c>poortwachter</c> command: <c>assess</c>, <c>rules</c> and <c>demo</c>. It runs in-process, so tests can
/// call <see cref="Run(string[], TextWriter, TextWriter)"/> with their own writers.
/// </summary>
public static class CliApp
{
    /// <summary>Exit code: the case was assessed (or the command did its job).</summary>
    public const int Ok = 0;

    /// <summary>Exit code: anything else went wrong.</summary>
    public const int Failure = 1;

    /// <summary>Exit code: the input is invalid (a bad case, a missing file, a bad date or format, an output path that cannot be used).</summary>
    public const int InvalidInput = 2;

    /// <summary>Exit code: the command was stopped by a signal (SIGINT or SIGTERM) before it finished; an output file keeps what it had.</summary>
    public const int Interrupted = 130;

    /// <summary>The largest case accepted by default, in bytes: a case document, or one line of JSON Lines (1 MiB).</summary>
    public const int DefaultMaxCaseBytes = 1 << 20;

    /// <summary>The largest value <c>--max-case-bytes</c> accepts (1 GiB).</summary>
    public const int MaxMaxCaseBytes = 1 << 30;

    /// <summary>The fixed assessment date of the demo, so its output is stable.</summary>
    public static readonly LocalDate DemoAsOf = new(2025, 6, 2);

    /// <summary>Runs the command with the given writers (no colour; today in Europe/Amsterdam as the default date).</summary>
    /// <param name="args">The command-line arguments, such as <c>assess case.json --format json</c>.</param>
    /// <param name="stdout">Standard output.</param>
    /// <param name="stderr">Standard error.</param>
    /// <returns>The exit code: 0 assessed, 2 invalid input, 1 anything else.</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) => Run(args, new CliContext(stdout, stderr));

    internal static int Run(string[] args, CliContext context)
    {
        try
        {
            var root = BuildCommands(context);
            // No response files: "assess @upload.json" names a file called @upload.json, it does not read options from it.
            var parse = root.Parse(args ?? [], new ParserConfiguration { ResponseFileTokenReplacer = null });
            if (parse.Errors.Count > 0)
            {
                foreach (var error in parse.Errors)
                {
                    // The parser's messages quote the arguments whole: each is cut to the command's 80 characters.
                    context.Error.WriteLine($"poortwachter: {SafeText.Echo(error.Message, args ?? [])}");
                }

                context.Error.WriteLine("Run 'poortwachter --help' for usage.");
                return InvalidInput;
            }

            var invocation = new InvocationConfiguration
            {
                Output = context.Output,
                Error = context.Error,
                EnableDefaultExceptionHandler = false,
            };
            var code = parse.Invoke(invocation);
            context.Output.Flush();
            return code;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return Unexpected.Report(context, ex, null, null);
        }
    }

    private static Command BuildCommands(CliContext context)
    {
        // A plain command named as the tool, not RootCommand (which takes the executable's name, Poortwachter.Cli).
        var shared = new SharedOptions();
        return new Command(
            "poortwachter",
            "Poortwachter: the Dutch Wet verbetering poortwachter as a rules engine. Assess a sickness case, list the rules, or see a demo."
        )
        {
            new System.CommandLine.Help.HelpOption(),
            new VersionOption(),
            shared.Enable,
            shared.BanYears,
            shared.Language,
            AssessCommand.Create(context, shared),
            ChangesCommand.Create(context, shared),
            WorklistCommand.Create(context, shared),
            RulesCommand.Create(context, shared),
            DemoCommand.Create(context, shared),
        };
    }

    internal static string Version =>
        typeof(CliApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";
}
