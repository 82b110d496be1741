using System;
using System.Collections.Generic;
using Microsoft.Extensions.Options;

namespace Poortwachter.Server.Operations;

/// <summary>
/// Checks at start that the engine can be built from <c>Poortwachter:Enable</c>: a code that names no rule fails with
/// the key and the engine's own message (which suggests the code meant), not with the library's property name alone.
/// </summary>
internal sealed class EngineSettingsValidation : IValidateOptions<ServerOptions>
{
    /// <inheritdoc/>
    public ValidateOptionsResult Validate(string? name, ServerOptions options)
    {
        var failures = new List<string>();
        for (var i = 0; i < options.Enable.Count; i++)
        {
            try
            {
                _ = new PoortwachterEngine(new PoortwachterOptions().Enable(options.Enable[i]));
            }
            catch (ArgumentException ex)
            {
                failures.Add($"Poortwachter:Enable:{i}: {ex.Message.Split(" (Parameter", 2)[0]}");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
