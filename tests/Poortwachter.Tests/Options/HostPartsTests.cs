using System;
using FluentAssertions;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Poortwachter.Rules;
using Poortwachter.Timeline;
using Xunit;

namespace Poortwachter.Tests.Options;

/// <summary>
/// What a host put in the options that the engine cannot run is refused when the engine is built, with the place named
/// (Options/HostParts, issue 22): a rule whose descriptor is null or throws, a null extension or one without a code or
/// legal basis, a null code in the enabled or disabled set. Never a <see cref="NullReferenceException"/> at the first
/// assessment.
/// </summary>
public sealed class HostPartsTests
{
    private static readonly RuleDescriptor Good = new(
        "host-rule",
        "t",
        "t",
        new LegalSource("Protocol"),
        LegalCharacter.Practice,
        "s",
        CaseValidator.CurrentRegimeStart
    );

    private sealed class Rule(Func<RuleDescriptor> descriptor) : IRule
    {
        public RuleDescriptor Descriptor => descriptor();

        public void Evaluate(RuleContext context, RuleOutput output) { }
    }

    private sealed class Extension(string code, LegalSource legalBasis) : IWachttijdExtension
    {
        public string Code => code;

        public LegalSource LegalBasis => legalBasis;

        public WachttijdEndChange? Apply(WachttijdEndContext context) => null;
    }

    private static FluentAssertions.Specialized.ExceptionAssertions<T> Refused<T>(PoortwachterOptions options)
        where T : Exception => FluentActions.Invoking(() => new PoortwachterEngine(options)).Should().Throw<T>();

    [Fact]
    public void A_rule_whose_descriptor_throws_is_refused_with_its_place_and_the_cause()
    {
        var options = new PoortwachterOptions().Add(new Rule(() => Good));
        options.Rules.Add(new Rule(() => throw new InvalidOperationException("not configured")));

        var e = Refused<ArgumentException>(options).Which;

        e.Message.Should()
            .StartWith(
                "Rules[1] (Poortwachter.Tests.Options.HostPartsTests+Rule): its Descriptor threw InvalidOperationException: not configured"
            );
        e.ParamName.Should().Be("options");
        e.InnerException.Should().BeOfType<InvalidOperationException>();
    }

    [Fact]
    public void A_rule_without_a_descriptor_is_refused()
    {
        var options = new PoortwachterOptions();
        options.Rules.Add(new Rule(() => null!));

        Refused<ArgumentException>(options)
            .WithMessage(
                "Rules[0] (Poortwachter.Tests.Options.HostPartsTests+Rule) has no Descriptor: a rule says what it is (its code, legal source and period in force).*"
            )
            .Which.ParamName.Should()
            .Be("options");
    }

    [Fact]
    public void A_null_extension_is_refused_with_its_place()
    {
        var options = new PoortwachterOptions();
        options.Extensions.Add(new Extension("host-extension", new LegalSource("Protocol")));
        options.Extensions.Add(null!);

        Refused<ArgumentNullException>(options).WithMessage("Extensions[1] is null: add an extension, or leave it out.*");
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData(null)]
    public void An_extension_without_a_code_is_refused(string? code)
    {
        var options = new PoortwachterOptions();
        options.Extensions.Add(new Extension(code!, new LegalSource("Protocol")));

        Refused<ArgumentException>(options)
            .WithMessage(
                "Extensions[0] (Poortwachter.Tests.Options.HostPartsTests+Extension) needs a Code and a LegalBasis: the end of the wachttijd names each extension that moved it, with its source.*"
            );
    }

    [Fact]
    public void An_extension_without_a_legal_basis_is_refused()
    {
        var options = new PoortwachterOptions();
        options.Extensions.Add(new Extension("host-extension", null!));

        Refused<ArgumentException>(options).WithMessage("Extensions[0] (*) needs a Code and a LegalBasis: *");
    }

    [Fact]
    public void A_null_code_in_the_enabled_or_disabled_rules_is_refused_naming_the_set()
    {
        var enabled = new PoortwachterOptions();
        enabled.EnabledRules.Add(null!);
        var disabled = new PoortwachterOptions();
        disabled.DisabledRules.Add(null!);

        Refused<ArgumentNullException>(enabled).WithMessage("EnabledRules holds null: give the code of a rule.*");
        Refused<ArgumentNullException>(disabled).WithMessage("DisabledRules holds null: give the code of a rule.*");
    }

    [Fact]
    public void Well_formed_host_parts_are_accepted()
    {
        // The refusals above are of the bad part only: a good rule and extension pass, and the engine runs them.
        var options = new PoortwachterOptions().Add(new Rule(() => Good));
        options.Extensions.Add(new Extension("host-extension", new LegalSource("Protocol")));

        var engine = new PoortwachterEngine(options);

        engine
            .Assess(SicknessCase.Builder("C", new NodaTime.LocalDate(2025, 1, 6)).Build(), new NodaTime.LocalDate(2025, 1, 20))
            .Wachttijd.FirstSickDay.Should()
            .Be(new NodaTime.LocalDate(2025, 1, 6));
    }

    [Fact]
    public void A_rule_evaluation_exception_made_by_a_host_names_no_rule_unless_given_one()
    {
        // The public constructors: without a code the rule is '(unnamed)'; a null code is refused.
        var cause = new FormatException("bad");

        (new RuleEvaluationException().RuleCode, new RuleEvaluationException().Message).Should().Be(("(unnamed)", "A rule failed."));
        var withMessage = new RuleEvaluationException("it broke");
        (withMessage.RuleCode, withMessage.Message, withMessage.InnerException).Should().Be(("(unnamed)", "it broke", (Exception?)null));
        var withCause = new RuleEvaluationException("it broke", cause);
        (withCause.RuleCode, withCause.Message, withCause.InnerException).Should().Be(("(unnamed)", "it broke", (Exception)cause));
        var named = new RuleEvaluationException("host-rule", "it broke");
        (named.RuleCode, named.Message, named.InnerException).Should().Be(("host-rule", "it broke", (Exception?)null));
        FluentActions
            .Invoking(() => new RuleEvaluationException(null!, "it broke"))
            .Should()
            .Throw<ArgumentNullException>()
            .Which.ParamName.Should()
            .Be("ruleCode");
    }
}
