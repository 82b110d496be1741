using System;
using System.Collections.Generic;
using Poortwachter.Rules;
using Poortwachter.Timeline;

namespace Poortwachter.Options;

/// <summary>
/// Refuses what a host put in the options that the engine cannot run: a null rule, extension or code in the
/// collections, a rule whose <see cref="IRule.Descriptor"/> is null or throws, an extension without a code. Each is
/// refused when the engine is built, with the place named, instead of a <see cref="NullReferenceException"/> later.
/// </summary>
internal static class HostParts
{
    /// <summary>Throws for the first part of the options the engine cannot run.</summary>
    /// <param name="options">The options.</param>
    /// <param name="paramName">The parameter the options came in.</param>
    /// <exception cref="ArgumentNullException">A rule, extension or code in the options is null.</exception>
    /// <exception cref="ArgumentException">A rule has no descriptor, or an extension no code.</exception>
    public static void Check(PoortwachterOptions options, string paramName)
    {
        var at = 0;
        foreach (var rule in options.Rules)
        {
            if (rule is null)
            {
                throw new ArgumentNullException(paramName, $"Rules[{at}] is null: add a rule, or leave it out.");
            }

            RuleDescriptor? descriptor;
            try
            {
                descriptor = rule.Descriptor;
            }
            catch (Exception e)
            {
                throw new ArgumentException(
                    $"Rules[{at}] ({rule.GetType()}): its Descriptor threw {e.GetType().Name}: {e.Message}",
                    paramName,
                    e
                );
            }

            if (descriptor is null)
            {
                throw new ArgumentException(
                    $"Rules[{at}] ({rule.GetType()}) has no Descriptor: a rule says what it is (its code, legal source and period in force).",
                    paramName
                );
            }

            at++;
        }

        at = 0;
        foreach (var extension in options.Extensions)
        {
            if (extension is null)
            {
                throw new ArgumentNullException(paramName, $"Extensions[{at}] is null: add an extension, or leave it out.");
            }

            if (string.IsNullOrWhiteSpace(extension.Code) || extension.LegalBasis is null)
            {
                throw new ArgumentException(
                    $"Extensions[{at}] ({extension.GetType()}) needs a Code and a LegalBasis: the end of the wachttijd names each extension that moved it, with its source.",
                    paramName
                );
            }

            at++;
        }

        Codes(options.EnabledRules, nameof(PoortwachterOptions.EnabledRules), paramName);
        Codes(options.DisabledRules, nameof(PoortwachterOptions.DisabledRules), paramName);
    }

    private static void Codes(ISet<string> codes, string setName, string paramName)
    {
        foreach (var code in codes)
        {
            if (code is null)
            {
                throw new ArgumentNullException(paramName, $"{setName} holds null: give the code of a rule.");
            }
        }
    }
}
