using System;

namespace Poortwachter.Rules;

/// <summary>
/// Thrown when a rule or an extension of the end of the wachttijd fails, with the code of the one that failed
/// (<see cref="RuleCode"/>): it threw while it was evaluated (the exception it threw is the
/// <see cref="Exception.InnerException"/>), a text it gave threw when it was read (an obligation's explanation, a
/// warning's message, a milestone's explanation, which are built on first read, so this can come from
/// <see cref="Assessments.Obligation.Explanation"/> or a writer long after the assessment was made), or it yielded what
/// the engine refuses: an obligation under the code of another rule, or one due before the case's first sick day.
/// </summary>
/// <remarks>
/// The shipped rules do not cause it on a valid case; a host rule can. It is not a problem of the case: a host should
/// report it as its own fault (the HTTP service answers 500 with the code), not as bad input.
/// </remarks>
public sealed class RuleEvaluationException : Exception
{
    /// <summary>The code used when no rule is named.</summary>
    private const string Unnamed = "(unnamed)";

    /// <summary>Initializes a new instance naming no rule.</summary>
    public RuleEvaluationException()
        : this(Unnamed, "A rule failed.") { }

    /// <summary>Initializes a new instance naming no rule.</summary>
    /// <param name="message">What went wrong.</param>
    public RuleEvaluationException(string message)
        : this(Unnamed, message) { }

    /// <summary>Initializes a new instance naming no rule, with the exception that caused it.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public RuleEvaluationException(string message, Exception innerException)
        : this(Unnamed, message, innerException) { }

    /// <summary>Initializes a new instance for a rule.</summary>
    /// <param name="ruleCode">The code of the rule or extension that failed.</param>
    /// <param name="message">What went wrong.</param>
    /// <exception cref="ArgumentNullException"><paramref name="ruleCode"/> is null.</exception>
    public RuleEvaluationException(string ruleCode, string message)
        : this(ruleCode, message, null) { }

    /// <summary>Initializes a new instance for a rule, with the exception that caused it.</summary>
    /// <param name="ruleCode">The code of the rule or extension that failed.</param>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="ruleCode"/> is null.</exception>
    public RuleEvaluationException(string ruleCode, string message, Exception? innerException)
        : base(message, innerException) => RuleCode = ruleCode ?? throw new ArgumentNullException(nameof(ruleCode));

    /// <summary>Gets the code of the rule (or of the extension of the end) that failed.</summary>
    public string RuleCode { get; }

    /// <summary>A rule or extension threw while it ran.</summary>
    internal static RuleEvaluationException Threw(string code, string what, Exception cause) =>
        new(code, $"{what} '{code}' threw {cause.GetType().Name} while it was evaluated: {cause.Message}", cause);

    /// <summary>A text a rule gave threw when it was read.</summary>
    internal static RuleEvaluationException TextThrew(string code, string text, Exception cause) =>
        new(code, $"The {text} given by rule '{code}' threw {cause.GetType().Name} when it was read: {cause.Message}", cause);
}
