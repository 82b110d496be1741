using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using FluentAssertions;
using Poortwachter.Cli.Tests.Support;
using Xunit;

namespace Poortwachter.Cli.Tests.Packaging;

/// <summary>
/// What the tool packages hold (issue 28), checked without the minutes a Native AOT publish takes: the project asks for
/// a Native AOT package for linux-x64 and a framework-dependent <c>any</c> package as the SDK's fallback, and the README
/// packs both, so <c>dotnet tool install</c> finds the package it picks. The AOT publish itself is measured by hand
/// (README, "Start-up of the command").
/// </summary>
public sealed class ToolPackageTests
{
    private static readonly XDocument Project = XDocument.Load(
        Path.Combine(Snippets.Root, "samples", "Poortwachter.Cli", "Poortwachter.Cli.csproj")
    );

    private static string[] Property(string name) =>
        Project.Descendants(name).Where(e => e.Parent?.Name == "PropertyGroup").Select(e => e.Value.Trim()).ToArray();

    [Fact]
    public void The_tool_is_published_native_aot_for_linux_x64_with_a_framework_dependent_fallback()
    {
        Property("PublishAot").Should().Equal("true");
        Property("PackAsTool").Should().Equal("true");
        Property("ToolPackageRuntimeIdentifiers")
            .Should()
            .ContainSingle()
            .Which.Split(';', StringSplitOptions.TrimEntries)
            .Should()
            .Equal("linux-x64", "any");
    }

    [Fact]
    public void Ical_net_is_kept_whole_because_its_serializers_are_found_by_reflection()
    {
        Project.Descendants("TrimmerRootAssembly").Select(e => (string?)e.Attribute("Include")).Should().Contain("Ical.Net");
    }

    [Fact]
    public void The_readme_packs_every_package_the_top_level_package_points_at()
    {
        var readme = File.ReadAllText(Path.Combine(Snippets.Root, "README.md"));
        foreach (var rid in Property("ToolPackageRuntimeIdentifiers").Single().Split(';', StringSplitOptions.TrimEntries))
        {
            readme.Should().Contain($"dotnet pack samples/Poortwachter.Cli -c Release -r {rid} -o artifacts/tool");
        }

        readme.Should().Contain("dotnet pack samples/Poortwachter.Cli -c Release -o artifacts/tool");
    }
}
