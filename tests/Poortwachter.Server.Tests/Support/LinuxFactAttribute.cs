using System;
using Xunit;

namespace Poortwachter.Server.Tests.Support;

/// <summary>A test of the service as its own process, sent POSIX signals: Linux only, as the command's process tests.</summary>
public sealed class LinuxFactAttribute : FactAttribute
{
    public LinuxFactAttribute()
    {
        if (!OperatingSystem.IsLinux())
        {
            Skip = "needs Linux (POSIX signals)";
        }
    }
}
