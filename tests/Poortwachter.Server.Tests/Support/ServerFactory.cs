using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Poortwachter.Server.Tests.Support;

/// <summary>The service in-process (TestServer), with the settings and services a test gives; its log is kept in <see cref="Logs"/>.</summary>
public sealed class ServerFactory : WebApplicationFactory<Program>
{
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;

    public ServerFactory() => _settings = new Dictionary<string, string?>(StringComparer.Ordinal);

    private ServerFactory(IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? services)
    {
        _settings = settings;
        _services = services;
    }

    /// <summary>What the service wrote to its log.</summary>
    public LogCapture Logs { get; } = new();

    /// <summary>A service with settings changed, such as <c>Poortwachter:MaxCaseBytes</c>.</summary>
    public static ServerFactory With(params (string Key, string Value)[] settings) => new(Settings(settings), null);

    /// <summary>A service with services replaced (after the service's own), and settings changed.</summary>
    public static ServerFactory With(Action<IServiceCollection> services, params (string Key, string Value)[] settings) =>
        new(Settings(settings), services);

    public HttpClient Client() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(l => l.AddProvider(Logs));
        if (_services is not null)
        {
            builder.ConfigureTestServices(_services);
        }
    }

    private static Dictionary<string, string?> Settings((string Key, string Value)[] settings) =>
        settings.ToDictionary(s => s.Key, s => (string?)s.Value, StringComparer.Ordinal);
}
