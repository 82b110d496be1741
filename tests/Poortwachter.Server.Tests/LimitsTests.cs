using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.Tasks;
using FluentAssertions;
using Poortwachter.Server.Tests.Support;
using Xunit;

namespace Poortwachter.Server.Tests;

/// <summary>Issue 22: the new settings are checked at start.</summary>
public sealed class LimitsTests
{
    [Theory]
    [InlineData("Poortwachter:BodyIdleTimeout", "00:00:00", "Poortwachter:BodyIdleTimeout must be a positive time")]
    [InlineData(
        "Poortwachter:MaxConcurrentRequests",
        "-1",
        "Poortwachter:MaxConcurrentRequests must be 0 (no limit) or a positive number."
    )]
    public void Settings_that_cannot_work_stop_the_service_at_start(string key, string value, string message)
    {
        using var factory = ServerFactory.With((key, value));

        var start = () => factory.Client();

        start.Should().Throw<Microsoft.Extensions.Options.OptionsValidationException>().WithMessage($"*{message}*");
    }
}
