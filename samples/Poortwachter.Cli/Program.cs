using System;
using System.IO;
using System.Runtime.InteropServices;
using System.Threading;
using Microsoft.Win32.SafeHandles;
using Poortwachter.Cli.Files;

namespace Poortwachter.Cli;

/// <summary>The entry point of the <c>poortwachter</c> command.</summary>
public static class Program
{
    /// <summary>Runs the command with the process's console.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <returns>The exit code: 0 assessed, 2 invalid input, 130 stopped by a signal, 1 anything else.</returns>
    public static int Main(string[] args)
    {
        using var stop = new CancellationTokenSource();
        // SIGINT (Ctrl+C) and SIGTERM stop a batch between blocks: an --output file is then left as it was, and standard
        // error says the run was cut short. A second signal ends the process at once.
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, c => Stop(c, stop));
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c => Stop(c, stop));

        var colour = !Console.IsOutputRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
        var context = new CliContext(
            Console.Out,
            Console.Error,
            OpenStandardOutput,
            colour,
            CliContext.TodayInAmsterdam,
            Console.OpenStandardInput,
            FileIdentity.OfDescriptor,
            stop.Token
        );
        return CliApp.Run(args, context);
    }

    private static void Stop(PosixSignalContext signal, CancellationTokenSource stop)
    {
        if (!stop.IsCancellationRequested)
        {
            signal.Cancel = true;
            stop.Cancel();
        }
    }

    /// <summary>
    /// Standard output as a plain file stream on descriptor 1: unlike the console stream, it reports a closed pipe
    /// (<c>| head -1</c>) as an error, so a batch stops instead of assessing on for nobody.
    /// </summary>
    private static FileStream OpenStandardOutput()
    {
        try
        {
            return new FileStream(new SafeFileHandle(1, ownsHandle: false), FileAccess.Write, 1);
        }
        catch (Exception ex) when (ex is IOException or ArgumentException or UnauthorizedAccessException)
        {
            throw new IOException("standard output is closed or cannot be written", ex);
        }
    }
}
