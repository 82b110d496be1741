using System;
using System.IO;
using System.Linq;
using FluentAssertions;
using Poortwachter.Cli.Tests.Support;
using Xunit;

namespace Poortwachter.Cli.Tests.Readme;

/// <summary>
/// The C# code in the README, docs/*.md and the package READMEs compiles as a reader pastes it (the convention is on
/// <see cref="Snippets"/>), so a snippet cannot rot: a renamed member or a lost <c>using</c> fails here.
/// </summary>
public sealed class SnippetTests
{
    [Theory]
    [MemberData(nameof(Snippets.DocumentData), MemberType = typeof(Snippets))]
    public void Every_csharp_block_compiles_as_pasted(string document)
    {
        Snippets.Compile(Snippets.In(document)).Should().BeEmpty("every C# block of {0} compiles as a reader pastes it", document);
    }

    [Fact]
    public void The_readme_and_the_package_readmes_have_code_to_compile()
    {
        Snippets.Documents.Should().Contain(["README.md", "src/Poortwachter/README.md", "src/Poortwachter.Json/README.md"]);
        Snippets.In("README.md").Should().HaveCountGreaterThanOrEqualTo(3);
    }

    [Fact]
    public void A_file_block_shows_the_repositorys_file_as_it_is()
    {
        var files = Snippets
            .Documents.SelectMany(Snippets.In)
            .Where(s => s.File is not null && File.Exists(Path.Combine(Snippets.Root, s.File)))
            .ToList();

        files
            .Should()
            .Contain(s => s.File == "samples/Poortwachter.HrHost/ContactOnDay3Rule.cs", "the README shows the sample's host rule");
        foreach (var s in files)
        {
            s.Body.Should()
                .Be(
                    File.ReadAllText(Path.Combine(Snippets.Root, s.File!)).Replace("\r\n", "\n", StringComparison.Ordinal),
                    "the block at {0} shows {1} as it is",
                    s,
                    s.File
                );
        }
    }

    [Fact]
    public void The_check_reports_a_broken_snippet_at_its_line_in_the_document()
    {
        // The README's own mistakes of issue 14: an expression as a statement (CS0201), a type without its using
        // (CS0246), and a rule that exists in a sample only (CS0246).
        const string markdown = """
            Text.

            ```csharp
            using Poortwachter;

            var engine = PoortwachterEngine.CreateDefault();
            engine.Options.DueSoonDays;
            var day = new LocalDate(2025, 1, 6);
            ```

            ```csharp
            var rule = new ContactOnDay3Rule();
            ```
            """;

        var problems = Snippets.Compile(Snippets.Extract("BROKEN.md", markdown));

        problems.Should().Contain(p => p.StartsWith("BROKEN.md:7: CS0201 ", StringComparison.Ordinal));
        problems
            .Should()
            .Contain(p =>
                p.StartsWith("BROKEN.md:8: CS0246 ", StringComparison.Ordinal) && p.Contains("LocalDate", StringComparison.Ordinal)
            );
        problems
            .Should()
            .Contain(p =>
                p.StartsWith("BROKEN.md:12: CS0246 ", StringComparison.Ordinal) && p.Contains("ContactOnDay3Rule", StringComparison.Ordinal)
            );
    }

    [Fact]
    public void A_file_block_is_compiled_with_each_program_of_its_document()
    {
        const string markdown = """
            ```csharp
            // file: Greeter.cs
            public static class Greeter { public static string Hello => "hello"; }
            ```

            ```csharp
            System.Console.WriteLine(Greeter.Hello);
            ```

            ```csharp
            System.Console.WriteLine(Greeter.Goodbye);
            ```
            """;

        var snippets = Snippets.Extract("DOC.md", markdown);

        snippets.Select(s => s.File).Should().Equal("Greeter.cs", null, null);
        Snippets.Compile(snippets).Should().ContainSingle().Which.Should().StartWith("DOC.md:11: CS0117 ");
    }
}
