using System;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Poortwachter;
using Poortwachter.DependencyInjection;
using Poortwachter.Rules;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the Poortwachter engine with a host's service collection.</summary>
public static class PoortwachterServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="PoortwachterEngine"/> and its read-only <see cref="PoortwachterOptions"/> as singletons
    /// (once, however often it is called) and applies <paramref name="configure"/> to the options. Every call's action
    /// applies to the same options, in order: a second call adds to the first. Every <see cref="IRule"/> registered in
    /// the container (<see cref="PoortwachterBuilder.AddRule{TRule}"/>) joins the shipped rules, and replaces a shipped
    /// rule with the same code.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options: intervals, windows, rules to switch on or off, rules to add.</param>
    /// <returns>A builder to add rules and extensions; it is also the service collection, so existing chains keep working.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    /// <exception cref="ArgumentException">An option is out of its range after <paramref name="configure"/>; see <see cref="PoortwachterBuilder"/> for when rule codes are checked.</exception>
    public static PoortwachterBuilder AddPoortwachter(this IServiceCollection services, Action<PoortwachterOptions>? configure = null)
    {
        if (services is null)
        {
            throw new ArgumentNullException(nameof(services));
        }

        var builder = new PoortwachterBuilder(services);
        return configure is null ? builder : builder.Configure(configure);
    }

    /// <summary>
    /// Registers a host rule, created by the container; <see cref="AddPoortwachter"/> adds it to the engine. The same
    /// as <see cref="PoortwachterBuilder.AddRule{TRule}"/>, for a service collection.
    /// </summary>
    /// <typeparam name="TRule">The rule type; stateless and thread-safe.</typeparam>
    /// <param name="services">The service collection.</param>
    /// <returns>The service collection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
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
