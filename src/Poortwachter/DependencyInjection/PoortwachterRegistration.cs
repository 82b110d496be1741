using System;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Poortwachter.Options;
using Poortwachter.Rules;
using Poortwachter.Timeline;

namespace Poortwachter.DependencyInjection;

/// <summary>
/// The options as the configure calls so far composed them, kept in the service collection. Each call puts a new
/// registration in place of the last, so a container built earlier keeps the options it was built with. The
/// composed options are never handed out: the container's <see cref="PoortwachterOptions"/> is a read-only copy.
/// </summary>
internal sealed class PoortwachterRegistration
{
    private readonly PoortwachterOptions _configured;

    private PoortwachterRegistration(PoortwachterOptions configured) => _configured = configured;

    /// <summary>
    /// Adds the engine's services to the collection once: the registration with default options, the read-only
    /// <see cref="PoortwachterOptions"/> and the <see cref="PoortwachterEngine"/>, both singletons. Services the host
    /// registered itself before are kept.
    /// </summary>
    /// <param name="services">The service collection.</param>
    public static void Ensure(IServiceCollection services)
    {
        if (Find(services) is not null)
        {
            return;
        }

        services.Add(ServiceDescriptor.Singleton(new PoortwachterRegistration(new PoortwachterOptions())));
        // The options pattern: Configure<PoortwachterOptions>, BindConfiguration, PostConfigure and IValidateOptions all
        // reach the engine, through this factory (a closed registration wins over the pattern's open generic one).
        services.AddOptions();
        services.TryAddTransient<IOptionsFactory<PoortwachterOptions>, PoortwachterOptionsFactory>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PoortwachterOptions>, PoortwachterOptionsValidation>());
        services.TryAddSingleton(static provider => CreateOptions(provider));
        services.TryAddSingleton(static provider => new PoortwachterEngine(provider.GetRequiredService<PoortwachterOptions>()));
    }

    /// <summary>
    /// Applies a configure action to a copy of the options composed so far, checks the ranges of the result and puts
    /// it in the collection in place of the last registration. The action runs once, here.
    /// </summary>
    /// <param name="services">The service collection, with the engine's services (<see cref="Ensure"/>).</param>
    /// <param name="configure">The action.</param>
    /// <exception cref="ArgumentException">An option is out of its range after the action.</exception>
    public static void Configure(IServiceCollection services, Action<PoortwachterOptions> configure)
    {
        var last = Find(services)!;
        var options = ((PoortwachterRegistration)last.ImplementationInstance!)._configured.Copy();
        configure(options);
        options.Check(nameof(configure));
        // A copy: the action may keep the instance it was given, and change it later.
        services[services.IndexOf(last)] = ServiceDescriptor.Singleton(new PoortwachterRegistration(options.Copy()));
    }

    /// <summary>A copy of the options the configure calls composed, for the options factory to go on from.</summary>
    /// <returns>The copy.</returns>
    public PoortwachterOptions ComposedCopy() => _configured.Copy();

    private static ServiceDescriptor? Find(IServiceCollection services)
    {
        // Only this class registers its own (internal) type, never keyed.
        for (var at = services.Count - 1; at >= 0; at--)
        {
            if (services[at].ServiceType == typeof(PoortwachterRegistration))
            {
                return services[at];
            }
        }

        return null;
    }

    /// <summary>
    /// Creates the container's options: the composed ones with every options-pattern configure and validation
    /// (<see cref="PoortwachterOptionsFactory"/>), then every <see cref="IRule"/> and
    /// <see cref="IWachttijdExtension"/> registered in the container, in registration order; checked and read-only.
    /// </summary>
    /// <param name="provider">The container.</param>
    /// <returns>The read-only options.</returns>
    /// <exception cref="ArgumentException">A rule code in the options names no shipped or host rule, or a rule has no descriptor.</exception>
    private static PoortwachterOptions CreateOptions(IServiceProvider provider)
    {
        var options = provider.GetRequiredService<IOptions<PoortwachterOptions>>().Value.Copy();
        foreach (var rule in provider.GetServices<IRule>())
        {
            options.Rules.Add(rule);
        }

        foreach (var extension in provider.GetServices<IWachttijdExtension>())
        {
            options.Extensions.Add(extension);
        }

        // Checked already: the options by the validation (PoortwachterOptionsValidation, container rules included), the
        // container's extensions and rules again by the engine's constructor.
        return options.Frozen();
    }
}
