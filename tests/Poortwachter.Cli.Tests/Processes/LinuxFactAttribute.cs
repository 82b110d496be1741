using System;
using Xunit;

namespace Poortwachter.Cli.Tests.Processes;

/// <summary>A fact that needs Linux (bash, FIFOs, signals); elsewhere it is reported as skipped, not passed.</summary>
public sealed class LinuxFactAttribute : FactAttribute
{
    public LinuxFactAttribute()
    {
        if (!OperatingSystem.IsLinux() || !System.IO.File.Exists("/bin/bash"))
        {
            Skip = "needs Linux with bash";
        }
    }
}

/// <summary>A theory that needs Linux (bash, FIFOs, signals); elsewhere it is reported as skipped, not passed.</summary>
public sealed class LinuxTheoryAttribute : TheoryAttribute
{
    public LinuxTheoryAttribute()
    {
        if (!OperatingSystem.IsLinux() || !System.IO.File.Exists("/bin/bash"))
        {
            Skip = "needs Linux with bash";
        }
    }
}
