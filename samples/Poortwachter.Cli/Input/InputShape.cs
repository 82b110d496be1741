namespace Poortwachter.Cli.Input;

/// <summary>What an input holds: one case document, or JSON Lines (one case per line).</summary>
internal enum InputShape
{
    /// <summary>One JSON value: one case.</summary>
    OneCase,

    /// <summary>JSON Lines: one case per line.</summary>
    JsonLines,
}
