namespace Poortwachter.Testing;

/// <summary>A legal source a scenario rests on: the citation, the BWB id of the regulation and a link to it.</summary>
public sealed class ScenarioSource
{
    internal ScenarioSource(string citation, string? bwb, string? url)
    {
        Citation = citation;
        Bwb = bwb;
        Url = url;
    }

    /// <summary>Gets the citation, such as <c>Regeling procesgang eerste en tweede ziektejaar, art. 4 lid 1</c>.</summary>
    public string Citation { get; }

    /// <summary>Gets the BWB id of the regulation on wetten.overheid.nl, such as <c>BWBR0013540</c>, or null.</summary>
    public string? Bwb { get; }

    /// <summary>Gets the link to the text, or null.</summary>
    public string? Url { get; }

    /// <inheritdoc/>
    public override string ToString() => Citation;
}
