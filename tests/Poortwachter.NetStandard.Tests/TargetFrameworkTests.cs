using System.Reflection;
using System.Runtime.Versioning;
using FluentAssertions;
using Poortwachter.Json;
using Xunit;

namespace Poortwachter.NetStandard.Tests;

/// <summary>Proves that the linked tests in this project run against the netstandard2.0 build.</summary>
public sealed class TargetFrameworkTests
{
    [Fact]
    public void The_library_under_test_is_the_netstandard2_0_build()
    {
        typeof(PoortwachterEngine)
            .Assembly.GetCustomAttribute<TargetFrameworkAttribute>()!
            .FrameworkName.Should()
            .Be(".NETStandard,Version=v2.0");
        typeof(PoortwachterJson)
            .Assembly.GetCustomAttribute<TargetFrameworkAttribute>()!
            .FrameworkName.Should()
            .Be(".NETStandard,Version=v2.0");
    }
}
