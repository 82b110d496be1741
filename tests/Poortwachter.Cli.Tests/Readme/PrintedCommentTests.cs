using System;
using System.Linq;
using System.Text.RegularExpressions;
using FluentAssertions;
using Poortwachter.Cli.Tests.Support;
using Xunit;

namespace Poortwachter.Cli.Tests.Readme;

/// <summary>Runs alone: it captures the process's standard output.</summary>
[CollectionDefinition(nameof(ConsoleAlone), DisableParallelization = true)]
public sealed class ConsoleAlone;

/// <summary>
/// Issue 26: a comment after a <c>Console.WriteLine(...)</c> in the README says what the line prints. The convention:
/// the comment starts with the printed line, and may go on after <c> (</c> or <c>: </c> with words for the reader
/// (<c>// 98 (week 14)</c>). Each program block is compiled and run under a Dutch culture (a reader's machine may be),
/// and each commented line must be printed, in order.
/// </summary>
[Collection(nameof(ConsoleAlone))]
public sealed partial class PrintedCommentTests
{
    [Fact]
    public void Every_commented_console_line_of_the_readme_prints_what_its_comment_says()
    {
        var snippets = Snippets.In("README.md");
        var files = snippets.Where(s => s.File is not null).ToList();
        var checkedLines = 0;
        foreach (var program in snippets.Where(s => s.File is null))
        {
            var claims = program
                .Code.Split('\n')
                .Select(line => Claim().Match(line))
                .Where(m => m.Success)
                .Select(m => Printed(m.Groups["comment"].Value))
                .ToList();
            if (claims.Count == 0)
            {
                continue;
            }

            var printed = Snippets.Run(program, files);
            var at = 0;
            foreach (var claim in claims)
            {
                // The printed line is the claim, or the claim followed by the same boundary the comment's words use.
                var found = printed
                    .Skip(at)
                    .ToList()
                    .FindIndex(l =>
                        l == claim
                        || l.StartsWith(claim + ": ", StringComparison.Ordinal)
                        || l.StartsWith(claim + " (", StringComparison.Ordinal)
                    );
                found
                    .Should()
                    .BeGreaterThanOrEqualTo(0, "{0} claims it prints '{1}'; it printed:\n{2}", program, claim, string.Join("\n", printed));
                at += found + 1;
                checkedLines++;
            }
        }

        checkedLines.Should().BeGreaterThanOrEqualTo(3, "the README's first program shows what it prints");
    }

    /// <summary>The printed part of a comment: up to " (" or ": ", whichever comes first.</summary>
    private static string Printed(string comment)
    {
        var cut = new[] { comment.IndexOf(" (", StringComparison.Ordinal), comment.IndexOf(": ", StringComparison.Ordinal) }
            .Where(i => i > 0)
            .DefaultIfEmpty(comment.Length)
            .Min();
        return comment[..cut].TrimEnd();
    }

    [GeneratedRegex(@"^\s*Console\.WriteLine\(.*\);\s*//\s?(?<comment>.+)$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Claim();
}
