using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using Xunit.Abstractions;

namespace Poortwachter.Cli.Tests.Support;

/// <summary>Headless Chromium (<see cref="ChromiumFactAttribute.Path"/>) run on a page, for the tests that render the command's HTML.</summary>
public static class HeadlessChromium
{
    /// <summary>Runs the browser on a page with a mode (such as <c>--dump-dom</c>) and returns its standard output; its standard error goes to the test's output.</summary>
    /// <param name="dir">A temporary folder for the browser's profile.</param>
    /// <param name="page">The page's path.</param>
    /// <param name="output">The test's output.</param>
    /// <param name="mode">The browser's mode arguments.</param>
    /// <returns>What the browser wrote to standard output.</returns>
    public static async Task<string> Render(TempDir dir, string page, ITestOutputHelper output, params string[] mode)
    {
        var start = new ProcessStartInfo(ChromiumFactAttribute.Path)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (
            var arg in new[]
            {
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + dir.Combine("profile"),
            }
        )
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var arg in mode)
        {
            start.ArgumentList.Add(arg);
        }

        start.ArgumentList.Add(new Uri(page).AbsoluteUri);
        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        var stdout = await process.StandardOutput.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException ex)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("chromium did not finish within 60 seconds", ex);
        }

        output.WriteLine(await stderr);
        return stdout;
    }
}
