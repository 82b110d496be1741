#if NETSTANDARD2_0
// Nullable-analysis attributes that netstandard2.0 lacks; internal, so they never leak into the public API.
namespace System.Diagnostics.CodeAnalysis;

/// <summary>States that a member is not null when the method or property returns <see cref="ReturnValue"/>.</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Property, Inherited = false, AllowMultiple = true)]
internal sealed class MemberNotNullWhenAttribute : Attribute
{
    /// <summary>Initializes the attribute.</summary>
    /// <param name="returnValue">The return value for which the members are not null.</param>
    /// <param name="members">The members.</param>
    public MemberNotNullWhenAttribute(bool returnValue, params string[] members)
    {
        ReturnValue = returnValue;
        Members = members;
    }

    /// <summary>Gets the return value for which the members are not null.</summary>
    public bool ReturnValue { get; }

    /// <summary>Gets the members.</summary>
    public string[] Members { get; }
}
#endif
