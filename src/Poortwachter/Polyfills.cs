#if NETSTANDARD2_0
// Compiler support types that netstandard2.0 lacks; internal, so they never leak into the public API.
namespace System.Runtime.CompilerServices;

/// <summary>Lets records and init-only setters compile on netstandard2.0.</summary>
internal static class IsExternalInit { }

/// <summary>Marks an interpolated-string handler (netstandard2.0 lacks the attribute; the compiler needs only its name).</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
internal sealed class InterpolatedStringHandlerAttribute : Attribute { }

/// <summary>Names the arguments passed to an interpolated-string handler's constructor.</summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
internal sealed class InterpolatedStringHandlerArgumentAttribute : Attribute
{
    public InterpolatedStringHandlerArgumentAttribute(string argument) => Arguments = [argument];

    public InterpolatedStringHandlerArgumentAttribute(params string[] arguments) => Arguments = arguments;

    public string[] Arguments { get; }
}
#endif
