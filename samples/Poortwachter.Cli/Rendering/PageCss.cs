namespace Poortwachter.Cli.Rendering;

/// <summary>The style rules the printable list pages share (the change list and the worklist): page, headings and tables.</summary>
internal static class PageCss
{
    /// <summary>The shared rules, one a line, without a newline at the end; each page adds its own after a newline.</summary>
    public const string Base = """
        :root { color-scheme: light; }
        body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; margin: 2rem auto; max-width: 1200px; padding: 0 1rem; color: #1b1b1b; }
        h1 { font-size: 1.6rem; margin-bottom: .2rem; }
        h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #ddd; padding-bottom: .2rem; }
        .sub { color: #555; margin-top: 0; }
        table { border-collapse: collapse; width: 100%; font-size: .9rem; }
        th, td { text-align: left; vertical-align: top; border-bottom: 1px solid #e3e3e3; padding: .35rem .5rem; }
        th { background: #f5f5f5; }
        td.nowrap { white-space: nowrap; }
        """;
}
