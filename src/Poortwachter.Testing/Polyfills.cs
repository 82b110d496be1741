#if NETSTANDARD2_0
// Nullable-analysis attributes that netstandard2.0 lacks; internal, so they never leak into the public API.
namespace System.Diagnostics.CodeAnalysis;

/// <summary>States that an out parameter is not null when the method returns <see cref="ReturnValue"/>.</summary>
[AttributeUsage(AttributeTargets.Parameter, Inherited = false)]
internal sealed class NotNullWhenAttribute : Attribute
{
    /// <summary>Initializes the attribute.</summary>
    /// <param name="returnValue">The return value for which the parameter is not null.</param>
    public NotNullWhenAttribute(bool returnValue) => ReturnValue = returnValue;

    /// <summary>Gets the return value for which the parameter is not null.</summary>
    public bool ReturnValue { get; }
}
#endif
