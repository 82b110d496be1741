using System;
using System.Collections.Generic;
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
        var temporaries = new TemporaryFiles();
        var signals = RegisterSignals(stop, temporaries);
        try
        {
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
            )
            {
                Verbose = Environment.GetEnvironmentVariable(Unexpected.VerboseVariable) is "1" or "true",
                LanguageSetting = Environment.GetEnvironmentVariable(CliContext.LanguageVariable),
                Temporaries = temporaries,
                ErrorIsTerminal = !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("TERM") != "dumb",
            };
            return CliApp.Run(args, context);
        }
        finally
        {
            foreach (var signal in signals)
            {
                signal.Dispose();
            }
        }
    }

    /// <summary>
    /// The signals that stop a run: SIGINT (Ctrl+C), SIGTERM, SIGHUP and SIGQUIT everywhere; on Linux and macOS also
    /// SIGUSR1, SIGUSR2, SIGALRM, SIGXCPU, SIGVTALRM and SIGPROF, whose default action would end the process with
    /// its temporary file left behind. SIGXFSZ (a file-size limit, <c>ulimit -f</c>) is ignored, so the write that
    /// passed the limit fails with "File too large" and is reported like a full disk.
    /// </summary>
    private static List<PosixSignalRegistration> RegisterSignals(CancellationTokenSource stop, TemporaryFiles temporaries)
    {
        var registrations = new List<PosixSignalRegistration>();
        void Add(PosixSignal signal, Action<PosixSignalContext> handler)
        {
            try
            {
                registrations.Add(PosixSignalRegistration.Create(signal, handler));
            }
            catch (Exception ex) when (ex is PlatformNotSupportedException or ArgumentOutOfRangeException or IOException)
            {
                // A signal this system does not have or let a program handle: its default action stays.
            }
        }

        foreach (var signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGHUP, PosixSignal.SIGQUIT })
        {
            Add(signal, c => Stop(c, stop, temporaries));
        }

        // Raw numbers (PosixSignal has no name for them): SIGALRM 14, SIGXCPU 24, SIGXFSZ 25, SIGVTALRM 26 and SIGPROF 27
        // on both; SIGUSR1 and SIGUSR2 are 10 and 12 on Linux, 30 and 31 on macOS.
        int[] stopping =
            OperatingSystem.IsLinux() ? [10, 12, 14, 24, 26, 27]
            : OperatingSystem.IsMacOS() ? [30, 31, 14, 24, 26, 27]
            : [];
        foreach (var number in stopping)
        {
            Add((PosixSignal)number, c => Stop(c, stop, temporaries));
        }

        if (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS())
        {
            Add((PosixSignal)SigXfsz, c => c.Cancel = true);
        }

        return registrations;
    }

    /// <summary>SIGXFSZ, the signal a write past the file-size limit raises (25 on Linux and macOS).</summary>
    private const int SigXfsz = 25;

    /// <summary>
    /// The first signal asks the run to stop: a pending read gives way, a batch stops between blocks, an --output file
    /// is left as it was, and the exit code is 130. A second signal ends the process at once, its temporary files removed first.
    /// </summary>
    private static void Stop(PosixSignalContext signal, CancellationTokenSource stop, TemporaryFiles temporaries)
    {
        if (!stop.IsCancellationRequested)
        {
            signal.Cancel = true;
            stop.Cancel();
            return;
        }

        temporaries.DeleteAll();
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
