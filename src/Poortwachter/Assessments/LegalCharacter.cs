using System;

namespace Poortwachter.Assessments;

/// <summary>How binding a rule is: the law itself, UWV policy, or practice.</summary>
public enum LegalCharacter
{
    /// <summary>Statute or ministerial regulation (code <c>statute</c>).</summary>
    Statute = 0,

    /// <summary>UWV policy rules or the Werkwijzer Poortwachter (code <c>policy</c>).</summary>
    Policy = 1,

    /// <summary>Common practice, backed by no official source (code <c>practice</c>).</summary>
    Practice = 2,
}

/// <summary>The stable contract codes of <see cref="LegalCharacter"/> values.</summary>
public static class LegalCharacters
{
    /// <summary>Returns the contract code of a legal character.</summary>
    /// <param name="character">The legal character.</param>
    /// <returns><c>statute</c>, <c>policy</c> or <c>practice</c>.</returns>
    public static string Code(LegalCharacter character) =>
        character switch
        {
            LegalCharacter.Statute => "statute",
            LegalCharacter.Policy => "policy",
            LegalCharacter.Practice => "practice",
            _ => throw new ArgumentOutOfRangeException(nameof(character), character, "Unknown legal character."),
        };
}
