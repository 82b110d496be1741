using System;

namespace Poortwachter.Cli;

/// <summary>The entry point of the <c>poortwachter</c> command.</summary>
public static class Program
{
    /// <summary>Runs the command with the process's console.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <returns>The exit code: 0 assessed, 2 invalid input, 1 anything else.</returns>
    public static int Main(string[] args)
    {
        var colour = !Console.IsOutputRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
        var context = new CliContext(Console.Out, Console.Error, Console.OpenStandardOutput, colour, CliContext.TodayInAmsterdam);
        return CliApp.Run(args, context);
    }
}
