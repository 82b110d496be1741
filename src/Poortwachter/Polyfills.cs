#if NETSTANDARD2_0
// Compiler support types that netstandard2.0 lacks; internal, so they never leak into the public API.
namespace System.Runtime.CompilerServices;

/// <summary>Lets records and init-only setters compile on netstandard2.0.</summary>
internal static class IsExternalInit { }
#endif
