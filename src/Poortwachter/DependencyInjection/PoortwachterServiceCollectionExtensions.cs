using System;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Poortwachter;
using Poortwachter.Rules;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the Poortwachter engine with a host's service collection.</summary>
public static class PoortwachterServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="PoortwachterEngine"/> as a singleton. Every <see cref="IRule"/> registered in the
    /// container (see <see cref="AddPoortwachterRule{TRule}(IServiceCollection)"/>) joins the shipped rules, and
    /// replaces a shipped rule with the same code.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options: intervals, windows, rules to switch off or add.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddPoortwachter(this IServiceCollection services, Action<PoortwachterOptions>? configure = null)
    {
        if (services is null)
        {
            throw new ArgumentNullException(nameof(services));
        }

        var options = new PoortwachterOptions();
        configure?.Invoke(options);
        services.TryAddSingleton(options);
        services.TryAddSingleton(provider =>
        {
            var copy = provider.GetRequiredService<PoortwachterOptions>().Copy();
            foreach (var rule in provider.GetServices<IRule>())
            {
                copy.Rules.Add(rule);
            }

            return new PoortwachterEngine(copy);
        });
        return services;
    }

    /// <summary>Registers a host rule; <see cref="AddPoortwachter"/> adds it to the engine.</summary>
    /// <typeparam name="TRule">The rule type; stateless and thread-safe.</typeparam>
    /// <param name="services">The service collection.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddPoortwachterRule<
#if NET
        [System.Diagnostics.CodeAnalysis.DynamicallyAccessedMembers(
            System.Diagnostics.CodeAnalysis.DynamicallyAccessedMemberTypes.PublicConstructors
        )]
#endif
        TRule
    >(this IServiceCollection services)
        where TRule : class, IRule
    {
        if (services is null)
        {
            throw new ArgumentNullException(nameof(services));
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IRule, TRule>());
        return services;
    }
}
