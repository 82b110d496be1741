using NodaTime;
using Poortwachter.Assessments;
using Poortwachter.Rules;
using Poortwachter.Timeline;

namespace Poortwachter.Tests.DependencyInjection;

/// <summary>A host rule that only has a code: enough to see which rule the engine keeps, and in what place.</summary>
internal class CodeRule(string code) : IRule
{
    public RuleDescriptor Descriptor { get; } =
        new(
            code,
            "A host rule",
            "none",
            new LegalSource("Verzuimprotocol"),
            LegalCharacter.Practice,
            string.Empty,
            new LocalDate(2013, 7, 1)
        );

    public void Evaluate(RuleContext context, RuleOutput output) { }

    public override string ToString() => $"{GetType().Name} {Descriptor.Code}";
}

/// <summary>The company's contact rule, as the container creates it.</summary>
internal sealed class ContactDay3Rule() : CodeRule(Code)
{
    public const string Code = "contact-dag-3";
}

/// <summary>A second rule type with the same code: the later registration must win.</summary>
internal sealed class OtherContactDay3Rule() : CodeRule(ContactDay3Rule.Code);

/// <summary>A company setting a rule or extension takes from the container.</summary>
internal sealed class CollectiveAgreement
{
    public int ExtraDays { get; init; } = 7;
}

/// <summary>A rule that needs a service: only the container can create it.</summary>
internal sealed class AgreementRule(CollectiveAgreement agreement) : CodeRule("cao-regel")
{
    public CollectiveAgreement Agreement { get; } = agreement;
}

/// <summary>A collective agreement that continues wages some days past the end of the wachttijd.</summary>
internal sealed class AgreementExtension(CollectiveAgreement agreement) : IWachttijdExtension
{
    public string Code => "cao-verlenging";

    public LegalSource LegalBasis { get; } = new("CAO art. 12");

    public WachttijdEndChange? Apply(WachttijdEndContext context) =>
        new(Code, context.LastDay.PlusDays(agreement.ExtraDays), false, LegalBasis, $"{agreement.ExtraDays} days by the CAO.");
}
