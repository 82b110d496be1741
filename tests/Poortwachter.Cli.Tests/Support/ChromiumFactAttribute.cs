using System;
using System.IO;
using Xunit;

namespace Poortwachter.Cli.Tests.Support;

/// <summary>
/// A fact that needs Chromium at <see cref="Path"/>: without it the test is skipped with the reason, and the skip shows
/// in the totals ("Skipped: 1") instead of passing without having run.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class ChromiumFactAttribute : FactAttribute
{
    /// <summary>Where the browser is looked for (the Debian and Ubuntu package's path; .ci/run installs it when root).</summary>
    public const string Path = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(Path))
        {
            Skip = $"{Path} is not installed, so the page is not rendered in a browser (the other HTML tests still check its text).";
        }
    }
}
