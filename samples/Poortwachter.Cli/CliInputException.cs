using System;
using System.Collections.Generic;

namespace Poortwachter.Cli;

/// <summary>Input the command cannot use (a missing file, a bad date, an unknown format): exit code 2.</summary>
internal sealed class CliInputException : Exception
{
    public CliInputException(string message)
        : base(message) => Lines = [message];

    public CliInputException(IReadOnlyList<string> lines)
        : base(string.Join(Environment.NewLine, lines)) => Lines = lines;

    public CliInputException()
        : this("invalid input") { }

    public CliInputException(string message, Exception innerException)
        : base(message, innerException) => Lines = [message];

    /// <summary>Gets the lines to show on standard error.</summary>
    public IReadOnlyList<string> Lines { get; }
}
