using System;
using System.Collections.Generic;
using Microsoft.Extensions.Options;
using Poortwachter.Options;
using Poortwachter.Rules;

namespace Poortwachter.DependencyInjection;

/// <summary>
/// Makes <see cref="PoortwachterOptions"/> through the options pattern, so every way a host sets them reaches the
/// engine: the options the <c>AddPoortwachter</c> calls composed, then every <c>Configure</c> (also
/// <c>Configure&lt;PoortwachterOptions&gt;(section)</c> and <c>BindConfiguration</c>) and every <c>PostConfigure</c>,
/// in registration order, then every <see cref="IValidateOptions{TOptions}"/>. <c>IOptions&lt;PoortwachterOptions&gt;</c>,
/// <c>ValidateOnStart</c> and the engine all see the same values.
/// </summary>
internal sealed class PoortwachterOptionsFactory(
    PoortwachterRegistration registration,
    IEnumerable<IConfigureOptions<PoortwachterOptions>> setups,
    IEnumerable<IPostConfigureOptions<PoortwachterOptions>> postConfigures,
    IEnumerable<IValidateOptions<PoortwachterOptions>> validations
) : IOptionsFactory<PoortwachterOptions>
{
    /// <inheritdoc/>
    public PoortwachterOptions Create(string name)
    {
        var options = registration.ComposedCopy();
        foreach (var setup in setups)
        {
            if (setup is IConfigureNamedOptions<PoortwachterOptions> named)
            {
                named.Configure(name, options);
            }
            else if (name == Microsoft.Extensions.Options.Options.DefaultName)
            {
                setup.Configure(options);
            }
        }

        foreach (var post in postConfigures)
        {
            post.PostConfigure(name, options);
        }

        var failures = new List<string>();
        foreach (var validation in validations)
        {
            var result = validation.Validate(name, options);
            if (result.Failed)
            {
                failures.Add(result.FailureMessage);
            }
        }

        if (failures.Count > 0)
        {
            throw new OptionsValidationException(name, typeof(PoortwachterOptions), failures);
        }

        return options;
    }
}

/// <summary>
/// The engine's own checks as options validation: every value in its range, every part a host added whole, and every
/// rule code in <see cref="PoortwachterOptions.EnabledRules"/> and <see cref="PoortwachterOptions.DisabledRules"/> the
/// code of a shipped rule, a rule in the options or a rule registered in the container (with a did-you-mean).
/// </summary>
internal sealed class PoortwachterOptionsValidation(IEnumerable<IRule> containerRules) : IValidateOptions<PoortwachterOptions>
{
    /// <inheritdoc/>
    public ValidateOptionsResult Validate(string? name, PoortwachterOptions options)
    {
        try
        {
            options.Check(nameof(options));
            var probe = options.Copy();
            foreach (var rule in containerRules)
            {
                // A container rule without a descriptor is reported when the engine is built.
                if (rule?.Descriptor is not null)
                {
                    probe.Rules.Add(rule);
                }
            }

            KnownRuleCodes.Check(probe, RuleSets.All, nameof(options));
            return ValidateOptionsResult.Success;
        }
        catch (ArgumentException ex)
        {
            // The message without ArgumentException's " (Parameter 'options')": the failure names its option itself.
            var suffix = $" (Parameter '{ex.ParamName}')";
            var message = ex.Message;
            return ValidateOptionsResult.Fail(
                message.EndsWith(suffix, StringComparison.Ordinal) ? message.Substring(0, message.Length - suffix.Length) : message
            );
        }
    }
}
