using System;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;

namespace Poortwachter.Cli.Tests.Processes;

/// <summary>Runs the built command as a real process through bash, so pipes, FIFOs, closed descriptors and signals are real.</summary>
internal static class CommandProcess
{
    /// <summary>The command's launcher, built next to the tests.</summary>
    /// <remarks>POORTWACHTER_UNDER_TEST names another build to run the same scripts against (an older one, say).</remarks>
    public static string Launcher =>
        Environment.GetEnvironmentVariable("POORTWACHTER_UNDER_TEST") is { Length: > 0 } other
            ? other
            : Path.Combine(AppContext.BaseDirectory, "Poortwachter.Cli");

    /// <summary>Runs a bash script in a directory; <c>$PW</c> is the command.</summary>
    public static async Task<(int ExitCode, string Stdout, string Stderr)> Bash(string directory, string script, TimeSpan timeout)
    {
        var start = new ProcessStartInfo("/bin/bash")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        start.Environment["PW"] = Launcher;
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = System.Diagnostics.Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancel = new System.Threading.CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException ex)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"the script did not end within {timeout}: {script}", ex);
        }

        return (process.ExitCode, await stdout, await stderr);
    }
}
