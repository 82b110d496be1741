using Poortwachter.Json;
using Poortwachter.Tests.Support;
using Xunit;

namespace Poortwachter.Tests.PublicApi;

/// <summary>
/// The public API guard: the exported surface of each package is written to an approved text file, so any
/// change to the public API shows up in review as a diff of <c>Verified/PublicApi.*.verified.txt</c>. On a
/// change the test fails and writes <c>PublicApi.*.received.txt</c>; if the change is intended, rename it
/// over the verified file (see the README's development section).
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void The_public_api_of_Poortwachter_is_approved() =>
        Golden.Verify("PublicApi.Poortwachter", PublicApiText.Render(typeof(PoortwachterEngine).Assembly));

    [Fact]
    public void The_public_api_of_Poortwachter_Json_is_approved() =>
        Golden.Verify("PublicApi.Poortwachter.Json", PublicApiText.Render(typeof(PoortwachterJson).Assembly));

    [Fact]
    public void The_public_api_of_Poortwachter_Testing_is_approved() =>
        Golden.Verify("PublicApi.Poortwachter.Testing", PublicApiText.Render(typeof(Poortwachter.Testing.Scenario).Assembly));
}
