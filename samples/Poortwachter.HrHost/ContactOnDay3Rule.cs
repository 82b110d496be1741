using Poortwachter.Assessments;
using Poortwachter.Rules;

namespace Poortwachter.HrHost;

/// <summary>
/// A company rule, as an HR system would add one: the manager calls the employee by counted day 3. It is
/// practice (the company's own verzuimprotocol), so it carries that character, and the engine treats it like
/// any shipped rule: same status logic, same warnings, same explanation style.
/// </summary>
public sealed class ContactOnDay3Rule : IRule
{
    public const string Code = "contact-dag-3";

    public static RuleDescriptor Descriptor { get; } =
        new(
            Code,
            "Contact by the manager (company protocol)",
            "counted day 3",
            new LegalSource("Verzuimprotocol Voorbeeld BV", section: "2.1"),
            LegalCharacter.Practice,
            "The company protocol asks for early contact; it is not a legal term.",
            Poortwachter.Cases.CaseValidator.CurrentRegimeStart
        );

    RuleDescriptor IRule.Descriptor => Descriptor;

    public void Evaluate(RuleContext context, RuleOutput output)
    {
        output.Add(
            Descriptor,
            context.CreateObligation(
                Descriptor,
                dueBy: context.Clock.DateOfCountedDay(3), // null when the case never reaches counted day 3
                fulfilledOn: context.FirstDone(Code)?.On,
                // The derivation is built only when the explanation is read.
                derivation: () => $"The company protocol asks the manager to call by {context.ExplainCountedDay(3)}."
            )
        );
    }
}
