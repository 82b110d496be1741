using System;
using System.Diagnostics;
using System.IO;
using FluentAssertions;
using Poortwachter.Cli.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace Poortwachter.Cli.Tests.Commands;

/// <summary>The HTML page rendered by a real browser engine; skipped, and counted as skipped, when none is installed.</summary>
public sealed class HtmlRenderingTests(ITestOutputHelper output)
{
    private const string Chromium = ChromiumFactAttribute.Path;

    [ChromiumFact]
    public async System.Threading.Tasks.Task Headless_chromium_renders_the_svg_timeline()
    {
        using var dir = new TempDir();
        var page = dir.Combine("timeline.html");
        var result = CliRunner.Run("demo", "--format", "html", "--output", page);
        result.ExitCode.Should().Be(0, result.ToString());

        var start = new ProcessStartInfo(Chromium)
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
                "--dump-dom",
                new Uri(page).AbsoluteUri,
            }
        )
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        using var timeout = new System.Threading.CancellationTokenSource(TimeSpan.FromSeconds(60));
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        var dom = await process.StandardOutput.ReadToEndAsync(timeout.Token);
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
        dom.Should().Contain("<svg").And.Contain("<circle").And.Contain("Case C-1005");
    }
}
