using Poortwachter.Testing;
using Xunit;

namespace Poortwachter.Testing.Tests;

/// <summary>Every scenario under samples/scenarios, one theory case each, run through the package as an integrator would.</summary>
public sealed class SampleScenarioTests
{
    public static ScenarioSet Samples => ScenarioSet.FromDirectory("samples/scenarios");

    [Theory]
    [MemberData(nameof(Samples))]
    public void Holds(Scenario scenario) => scenario.Verify();
}
