using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using FluentAssertions;
using Poortwachter.Cli.Tests.Support;
using Poortwachter.Json.Tests.Support;
using Xunit;

namespace Poortwachter.Cli.Tests.Readme;

/// <summary>
/// Every package of src/ has its own README.md (src/Directory.Build.props packs it), which nuget.org shows without the
/// repository around it: every link and image must be absolute https. The packed files are checked again by
/// .ci/check-packages.
/// </summary>
public sealed partial class PackageReadmeTests
{
    [GeneratedRegex(
        """\]\((?<t>[^)\s]+)[^)]*\)|^\s*\[[^\]]+\]:\s*(?<t>\S+)|(?:href|src)\s*=\s*"(?<t>[^"]+)""",
        RegexOptions.Multiline,
        matchTimeoutMilliseconds: 1000
    )]
    private static partial Regex Link();

    private static string[] Links(string markdown) => Link().Matches(markdown).Select(m => m.Groups["t"].Value).ToArray();

    public static TheoryDataFiles Packages => new(PackageNames);

    private static string[] PackageNames =>
        Directory
            .GetFiles(Path.Combine(Snippets.Root, "src"), "*.csproj", SearchOption.AllDirectories)
            .Where(p => File.ReadAllText(p).Contains("<IsPackable>true</IsPackable>", StringComparison.Ordinal))
            .Select(p => Path.GetFileNameWithoutExtension(p))
            .OrderBy(p => p, StringComparer.Ordinal)
            .ToArray();

    [Fact]
    public void The_packages_are_found()
    {
        PackageNames.Should().Contain(["Poortwachter", "Poortwachter.Json"]);
    }

    [Theory]
    [MemberData(nameof(Packages))]
    public void Each_package_has_its_own_readme_whose_links_all_work_on_nuget_org(string package)
    {
        var path = Path.Combine(Snippets.Root, "src", package, "README.md");
        File.Exists(path).Should().BeTrue("src/Directory.Build.props packs the README.md beside the project of {0}", package);
        var readme = File.ReadAllText(path);

        readme.Should().StartWith($"# {package}\n", "the page on nuget.org is about {0}", package);
        Links(readme).Should().NotBeEmpty().And.OnlyContain(l => l.StartsWith("https://", StringComparison.Ordinal));
    }

    [Fact]
    public void The_check_finds_every_kind_of_relative_link()
    {
        const string markdown = """
            See [the contract](docs/contract.md "title"), ![icon](icon.png) and [the site](https://example.org/a).
            [ref]: ../CHANGELOG.md
            <img src="logo.png"> <a href="#top">top</a>
            """;

        Links(markdown).Should().Equal("docs/contract.md", "icon.png", "https://example.org/a", "../CHANGELOG.md", "logo.png", "#top");
    }
}
