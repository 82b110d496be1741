using System.IO;
using System.Linq;
using System.Text;
using FluentAssertions;
using Poortwachter.Cli.Rendering;
using Xunit;

namespace Poortwachter.Cli.Tests.Commands;

/// <summary>RFC 5545 details: text escaping and folding at 75 octets without splitting a character.</summary>
public sealed class IcsTests
{
    [Fact]
    public void Text_is_escaped()
    {
        IcsRenderer.Text("a\\b;c,d\ne\r").Should().Be("a\\\\b\\;c\\,d\\ne");
    }

    [Fact]
    public void Long_lines_fold_at_75_octets_and_unfold_to_the_original()
    {
        var value = "DESCRIPTION:" + string.Concat(Enumerable.Repeat("één ziektejaar € ", 20));
        using var writer = new StringWriter();

        IcsRenderer.Line(writer, value);

        var text = writer.ToString();
        text.Should().EndWith("\r\n");
        var physical = text.Substring(0, text.Length - 2).Split("\r\n");
        physical.Length.Should().BeGreaterThan(1);
        physical.Should().OnlyContain(l => Encoding.UTF8.GetByteCount(l) <= 75);
        physical.Skip(1).Should().OnlyContain(l => l.StartsWith(' '));
        string.Concat(physical.Select((l, i) => i == 0 ? l : l.Substring(1))).Should().Be(value);
    }
}
