using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Poortwachter.Server.Tests.Support;

/// <summary>The service in-process (TestServer), with the settings a test gives.</summary>
public sealed class ServerFactory : WebApplicationFactory<Program>
{
    private readonly IReadOnlyDictionary<string, string?> _settings;

    public ServerFactory() => _settings = new Dictionary<string, string?>(StringComparer.Ordinal);

    private ServerFactory(IReadOnlyDictionary<string, string?> settings) => _settings = settings;

    /// <summary>A service with settings changed, such as <c>Poortwachter:MaxCaseBytes</c>.</summary>
    public static ServerFactory With(params (string Key, string Value)[] settings) =>
        new(settings.ToDictionary(s => s.Key, s => (string?)s.Value, StringComparer.Ordinal));

    public HttpClient Client() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
