using System;
using System.Collections;
using System.Collections.Generic;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Poortwachter.Rules;
using Poortwachter.Timeline;

namespace Poortwachter.DependencyInjection;

/// <summary>
/// Sets up the engine in a service collection: returned by <c>services.AddPoortwachter(...)</c>. Mutable and not
/// thread-safe, like the service collection it writes to: use it while the host starts.
/// </summary>
/// <remarks>
/// <para>Every <see cref="Configure"/> call, and every <c>AddPoortwachter(configure)</c> call, applies its action to the
/// same options, in the order of the calls, as <c>services.Configure&lt;T&gt;</c> does: a second call adds to the first
/// and never replaces it. The action runs once, during the call, and the call checks the options as they stand:
/// an option out of its range throws <see cref="ArgumentException"/> there, while the host starts.</para>
/// <para>Rule codes (<see cref="PoortwachterOptions.Enable(string)"/>, <see cref="PoortwachterOptions.Disable(string)"/>)
/// may name rules the container creates (<see cref="AddRule{TRule}"/>), so they are checked when the container first
/// creates the <see cref="PoortwachterOptions"/> or the <see cref="PoortwachterEngine"/>: an unknown code throws
/// <see cref="ArgumentException"/> naming it and listing the known codes. Resolve the engine once at startup to fail
/// there.</para>
/// <para>The container's <see cref="PoortwachterOptions"/> is the engine's: read-only, with the rules and extensions
/// registered in the container; a setter, <c>Enable</c>, <c>Disable</c> or <c>Add</c> on it throws
/// <see cref="InvalidOperationException"/>.</para>
/// <para>The builder is also the service collection it writes to (<see cref="Services"/>), so a chain such as
/// <c>services.AddPoortwachter(...).AddSingleton&lt;T&gt;()</c> keeps working.</para>
/// </remarks>
public sealed class PoortwachterBuilder : IServiceCollection
{
    /// <summary>Initializes a builder over a service collection and adds the engine's services to it once.</summary>
    /// <param name="services">The service collection.</param>
    internal PoortwachterBuilder(IServiceCollection services)
    {
        Services = services;
        PoortwachterRegistration.Ensure(Services);
    }

    /// <summary>Gets the service collection the builder writes to.</summary>
    public IServiceCollection Services { get; }

    /// <inheritdoc/>
    int ICollection<ServiceDescriptor>.Count => Services.Count;

    /// <inheritdoc/>
    bool ICollection<ServiceDescriptor>.IsReadOnly => Services.IsReadOnly;

    /// <inheritdoc/>
    ServiceDescriptor IList<ServiceDescriptor>.this[int index]
    {
        get => Services[index];
        set => Services[index] = value;
    }

    /// <summary>
    /// Adds a configure action: it runs now on the options as the calls before composed them, and the result is
    /// checked (see the remarks of <see cref="PoortwachterBuilder"/>).
    /// </summary>
    /// <param name="configure">Sets options: intervals, windows, rules to switch on or off, rules and extensions to add.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="configure"/> is null.</exception>
    /// <exception cref="ArgumentException">An option is out of its range after the action.</exception>
    public PoortwachterBuilder Configure(Action<PoortwachterOptions> configure)
    {
        PoortwachterRegistration.Configure(Services, configure ?? throw new ArgumentNullException(nameof(configure)));
        return this;
    }

    /// <summary>
    /// Registers a host rule, created by the container as a singleton (so it may take services in its constructor).
    /// It joins the shipped rules and replaces a shipped rule with its code; it comes after the rules added in the
    /// options, and of several rules with one code the last one registered wins. A type is registered once.
    /// </summary>
    /// <typeparam name="TRule">The rule type; stateless and thread-safe.</typeparam>
    /// <returns>This builder.</returns>
    public PoortwachterBuilder AddRule<
#if NET
        [System.Diagnostics.CodeAnalysis.DynamicallyAccessedMembers(
            System.Diagnostics.CodeAnalysis.DynamicallyAccessedMemberTypes.PublicConstructors
        )]
#endif
        TRule
    >()
        where TRule : class, IRule
    {
        Services.AddPoortwachterRule<TRule>();
        return this;
    }

    /// <summary>
    /// Registers a host extension of the end of the wachttijd, created by the container as a singleton. It runs after
    /// the shipped extensions and those added in the options, in the order of registration. A type is registered once.
    /// </summary>
    /// <typeparam name="TExtension">The extension type; stateless and thread-safe.</typeparam>
    /// <returns>This builder.</returns>
    public PoortwachterBuilder AddExtension<
#if NET
        [System.Diagnostics.CodeAnalysis.DynamicallyAccessedMembers(
            System.Diagnostics.CodeAnalysis.DynamicallyAccessedMemberTypes.PublicConstructors
        )]
#endif
        TExtension
    >()
        where TExtension : class, IWachttijdExtension
    {
        Services.TryAddEnumerable(ServiceDescriptor.Singleton<IWachttijdExtension, TExtension>());
        return this;
    }

    /// <inheritdoc/>
    int IList<ServiceDescriptor>.IndexOf(ServiceDescriptor item) => Services.IndexOf(item);

    /// <inheritdoc/>
    void IList<ServiceDescriptor>.Insert(int index, ServiceDescriptor item) => Services.Insert(index, item);

    /// <inheritdoc/>
    void IList<ServiceDescriptor>.RemoveAt(int index) => Services.RemoveAt(index);

    /// <inheritdoc/>
    void ICollection<ServiceDescriptor>.Add(ServiceDescriptor item) => Services.Add(item);

    /// <inheritdoc/>
    void ICollection<ServiceDescriptor>.Clear() => Services.Clear();

    /// <inheritdoc/>
    bool ICollection<ServiceDescriptor>.Contains(ServiceDescriptor item) => Services.Contains(item);

    /// <inheritdoc/>
    void ICollection<ServiceDescriptor>.CopyTo(ServiceDescriptor[] array, int arrayIndex) => Services.CopyTo(array, arrayIndex);

    /// <inheritdoc/>
    bool ICollection<ServiceDescriptor>.Remove(ServiceDescriptor item) => Services.Remove(item);

    /// <inheritdoc/>
    IEnumerator<ServiceDescriptor> IEnumerable<ServiceDescriptor>.GetEnumerator() => Services.GetEnumerator();

    /// <inheritdoc/>
    IEnumerator IEnumerable.GetEnumerator() => Services.GetEnumerator();
}
