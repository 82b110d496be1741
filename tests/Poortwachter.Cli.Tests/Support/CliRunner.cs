using System;
using System.IO;
using System.Threading;
using Poortwachter.Cli;
using Poortwachter.Cli.Files;

namespace Poortwachter.Cli.Tests.Support;

/// <summary>Runs the command in-process and captures its output.</summary>
public static class CliRunner
{
    public static CliResult Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = CliApp.Run(args, stdout, stderr);
        return new CliResult(exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Runs the command with the given standard input, raw standard output, stop token or standard error.</summary>
    internal static CliResult RunWith(CliEdges edges, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var context = new CliContext(
            stdout,
            edges.Error ?? stderr,
            edges.RawOutput is { } raw ? () => raw : null,
            colour: false,
            today: null,
            openStandardInput: edges.Input is { } input ? () => input : null,
            descriptor: edges.Descriptor,
            stop: edges.Stop
        )
        {
            Verbose = edges.Verbose,
            LanguageSetting = edges.LanguageSetting,
            ConfigureEngine = edges.ConfigureEngine,
            Temporaries = edges.Temporaries ?? new TemporaryFiles(),
            ErrorIsTerminal = edges.ErrorIsTerminal,
            Clock = edges.Clock ?? (() => TimeSpan.Zero),
        };
        var exit = CliApp.Run(args, context);
        return new CliResult(exit, stdout.ToString(), stderr.ToString());
    }
}

/// <summary>The edges of an in-process run that a test sets: what the command reads, where it writes, when it is stopped.</summary>
internal sealed record CliEdges
{
    public Stream? Input { get; init; }

    public Stream? RawOutput { get; init; }

    public TextWriter? Error { get; init; }

    public Func<int, FileIdentity?>? Descriptor { get; init; }

    public CancellationToken Stop { get; init; }

    /// <summary>Gets whether an unexpected failure is followed by its whole exception (POORTWACHTER_VERBOSE=1).</summary>
    public bool Verbose { get; init; }

    /// <summary>Gets the value of POORTWACHTER_LANGUAGE the run sees; null when unset.</summary>
    public string? LanguageSetting { get; init; }

    /// <summary>Gets a change to the engine's options (a rule that fails on purpose).</summary>
    public Action<PoortwachterOptions>? ConfigureEngine { get; init; }

    /// <summary>Gets the list of temporary output files the run keeps, to look at after it.</summary>
    public TemporaryFiles? Temporaries { get; init; }

    /// <summary>Gets whether the run takes standard error for a terminal (progress and a summary line).</summary>
    public bool ErrorIsTerminal { get; init; }

    /// <summary>Gets the run's monotonic clock; null for one that stands still.</summary>
    public Func<TimeSpan>? Clock { get; init; }
}

public sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    public override string ToString() =>
        $"exit {ExitCode}{Environment.NewLine}stdout:{Environment.NewLine}{Stdout}{Environment.NewLine}stderr:{Environment.NewLine}{Stderr}";
}

/// <summary>A temporary directory removed after the test.</summary>
public sealed class TempDir : IDisposable
{
    public TempDir()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "poortwachter-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name, string content)
    {
        var path = System.IO.Path.Combine(Path, name);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    public string Bytes(string name, byte[] content)
    {
        var path = System.IO.Path.Combine(Path, name);
        System.IO.File.WriteAllBytes(path, content);
        return path;
    }

    public string Combine(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Best effort.
        }
    }
}
