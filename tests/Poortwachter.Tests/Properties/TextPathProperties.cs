using System;
using System.Linq;
using FluentAssertions;
using Poortwachter.Assessments;
using Xunit;
using static Poortwachter.Tests.Properties.CaseGenerators;

namespace Poortwachter.Tests.Properties;

/// <summary>
/// The two ways to a text give the same characters: the lazy string (<c>Explanation</c>, <c>Message</c>) and the
/// buffer a writer reuses (<c>WriteExplanation</c>, <c>WriteMessage</c>), before and after the string is cached, and
/// appended after text already in the buffer (which the writer never trims into).
/// </summary>
public sealed class TextPathProperties
{
    private static readonly PoortwachterEngine Engine = new();

    [Fact]
    public void Every_text_written_into_a_buffer_is_the_text_of_its_string_property() =>
        Check(
            ValidCases,
            spec =>
            {
                var fresh = Engine.Assess(spec.Build(), spec.AsOf());
                var read = Engine.Assess(spec.Build(), spec.AsOf());
                var buffer = new TextBuffer(16);
                string Written(Action<TextBuffer> write)
                {
                    // Text already in the buffer, ending in white space and a full stop, must survive untouched.
                    buffer.Clear();
                    buffer.GetSpan(4);
                    "Pre. ".AsSpan().CopyTo(buffer.GetSpan(5));
                    buffer.Advance(5);
                    write(buffer);
                    var all = buffer.ToString();
                    all.Should().StartWith("Pre. ");
                    return all.Substring(5);
                }

                for (var i = 0; i < fresh.Obligations.Count; i++)
                {
                    var before = Written(fresh.Obligations[i].WriteExplanation);
                    var text = read.Obligations[i].Explanation;
                    before.Should().Be(text, "{0} is written as it reads", fresh.Obligations[i]);
                    Written(read.Obligations[i].WriteExplanation).Should().Be(text, "the cached string is written as it is");
                    text.Should().NotBeEmpty().And.Be(text.TrimEnd(), "no explanation ends in white space");
                }

                for (var i = 0; i < fresh.Milestones.Count; i++)
                {
                    Written(fresh.Milestones[i].WriteExplanation).Should().Be(read.Milestones[i].Explanation);
                }

                for (var i = 0; i < fresh.Warnings.Count; i++)
                {
                    Written(fresh.Warnings[i].WriteMessage).Should().Be(read.Warnings[i].Message);
                }

                for (var i = 0; i < fresh.Wachttijd.Extensions.Count; i++)
                {
                    Written(fresh.Wachttijd.Extensions[i].WriteExplanation).Should().Be(read.Wachttijd.Extensions[i].Explanation);
                }

                fresh.Obligations.Select(o => o.Explanation).Should().Equal(read.Obligations.Select(o => o.Explanation));
            },
            tests: 200
        );
}
