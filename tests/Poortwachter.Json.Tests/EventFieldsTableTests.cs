using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using FluentAssertions;
using Poortwachter.Json;
using Poortwachter.Json.Tests.Support;
using Xunit;

namespace Poortwachter.Json.Tests;

/// <summary>
/// The table "Event fields" of docs/contract.md against what the reader accepts: for every event type, documents with and
/// without each field, with null, at and past the ends of a range, and without the event it needs before it.
/// </summary>
public sealed partial class EventFieldsTableTests
{
    public static TheoryDataFiles Types => EventFieldsTable.Types;

    private static CaseReadResult Read(string json) => PoortwachterJson.ReadCase(json);

    private static void ShouldAccept(string json, string because)
    {
        var result = Read(json);
        result.IsValid.Should().BeTrue($"{because}; the reader says: {string.Join("; ", result.Problems)} (document {json})");
    }

    private static void ShouldRefuseAt(string json, string path, string because)
    {
        var result = Read(json);
        result.IsValid.Should().BeFalse($"{because} (document {json})");
        result.Problems.Select(p => p.Path).Should().Contain(path, because);
    }

    private static Dictionary<string, string> With(IDictionary<string, string> fields, string name, string value) =>
        new(fields, System.StringComparer.Ordinal) { [name] = value };

    private static Dictionary<string, string> Without(IDictionary<string, string> fields, string name)
    {
        var copy = new Dictionary<string, string>(fields, System.StringComparer.Ordinal);
        copy.Remove(name);
        return copy;
    }

    [GeneratedRegex("use one of (?<list>.+)\\.$", RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex KnownTypes();

    [GeneratedRegex("has only (?<list>.+?)\\.(\\s|$)", RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex KnownFields();

    private static string[] ListIn(Regex regex, string message)
    {
        var match = regex.Match(message);
        match.Success.Should().BeTrue($"the reader's message lists the names: {message}");
        return match.Groups["list"].Value.Split(", ");
    }

    [Fact]
    public void The_table_has_a_row_for_every_event_type_the_reader_knows_and_no_other()
    {
        var result = Read(
            "{\"caseId\":\"T\",\"firstSickDay\":\"2025-01-06\",\"events\":[{\"type\":\"no-such-type\",\"on\":\"2025-03-03\"}]}"
        );
        var message = result.Problems.Single(p => p.Path == "$.events[0].type").Message;

        var rows = EventFieldsTable.Rows.Select(r => r.Type).ToList();
        rows.Should().OnlyHaveUniqueItems();
        rows.Should().BeEquivalentTo(ListIn(KnownTypes(), message));
    }

    [Fact]
    public void The_columns_are_the_fields_the_reader_knows()
    {
        var result = Read(
            "{\"caseId\":\"T\",\"firstSickDay\":\"2025-01-06\",\"events\":[{\"type\":\"no-such-type\",\"on\":\"2025-03-03\",\"zz\":1}]}"
        );
        var message = result.Problems.Single(p => p.Path == "$.events[0].zz").Message;

        ListIn(KnownFields(), message).Should().BeEquivalentTo(["type", .. EventFieldsTable.Columns]);
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void The_reader_names_the_same_fields_for_the_type(string type)
    {
        var row = EventFieldsTable.Row(type);
        var (json, index) = EventFieldsTable.Case(row, With(EventFieldsTable.ValidFields(row, withOptional: false), "zz", "1"));
        var message = Read(json).Problems.Single(p => p.Path == $"$.events[{index}].zz").Message;

        ListIn(KnownFields(), message).Should().BeEquivalentTo(["type", .. row.Allowed]);
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void An_event_with_its_required_fields_only_is_accepted(string type)
    {
        var row = EventFieldsTable.Row(type);
        ShouldAccept(
            EventFieldsTable.Case(row, EventFieldsTable.ValidFields(row, withOptional: false)).Json,
            $"{type} with {string.Join(", ", row.Required)}"
        );
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void An_event_with_every_field_it_allows_is_accepted(string type)
    {
        var row = EventFieldsTable.Row(type);
        ShouldAccept(
            EventFieldsTable.Case(row, EventFieldsTable.ValidFields(row, withOptional: true)).Json,
            $"{type} with {string.Join(", ", row.Allowed)}"
        );
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void An_event_without_a_required_field_is_refused_at_that_field(string type)
    {
        var row = EventFieldsTable.Row(type);
        var valid = EventFieldsTable.ValidFields(row, withOptional: true);
        row.Required.Should().Contain("on");
        foreach (var field in row.Required)
        {
            var (json, index) = EventFieldsTable.Case(row, Without(valid, field));
            ShouldRefuseAt(json, $"$.events[{index}].{field}", $"the table says {type} requires {field}");
        }

        // The type itself: an event without one is refused at its type.
        ShouldRefuseAt(
            "{\"caseId\":\"T\",\"firstSickDay\":\"2025-01-06\",\"events\":[{\"on\":\"2025-03-03\"}]}",
            "$.events[0].type",
            "every event needs a type"
        );
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void An_event_with_a_field_the_table_refuses_is_refused_at_that_field(string type)
    {
        var row = EventFieldsTable.Row(type);
        var valid = EventFieldsTable.ValidFields(row, withOptional: false);
        foreach (var field in row.Refused)
        {
            var sample = EventFieldsTable.Rows.First(r => r.Fields[field].Presence != Presence.NotAllowed);
            var (json, index) = EventFieldsTable.Case(row, With(valid, field, EventFieldsTable.Value(sample, field)));
            ShouldRefuseAt(json, $"$.events[{index}].{field}", $"the table says {type} has no {field}");
        }

        var (unknown, at) = EventFieldsTable.Case(row, With(valid, "remark", "\"x\""));
        ShouldRefuseAt(unknown, $"$.events[{at}].remark", "a field that no event has is refused");
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void Null_is_accepted_only_where_the_table_says_or_null(string type)
    {
        var row = EventFieldsTable.Row(type);
        var valid = EventFieldsTable.ValidFields(row, withOptional: false);
        foreach (var field in row.Allowed)
        {
            var (json, index) = EventFieldsTable.Case(row, With(valid, field, "null"));
            if (row.Fields[field].NullAllowed)
            {
                ShouldAccept(json, $"the table says {type}.{field} may be null");
            }
            else
            {
                ShouldRefuseAt(json, $"$.events[{index}].{field}", $"the table does not let {type}.{field} be null");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void A_number_is_accepted_at_both_ends_of_its_range_and_refused_past_them(string type)
    {
        var row = EventFieldsTable.Row(type);
        var valid = EventFieldsTable.ValidFields(row, withOptional: false);
        foreach (var (field, rule) in row.Fields.Where(f => f.Value.Min is not null))
        {
            foreach (
                var (value, inRange) in new[]
                {
                    (rule.Min!.Value, true),
                    (rule.Max!.Value, true),
                    (rule.Min.Value - 1, false),
                    (rule.Max.Value + 1, false),
                }
            )
            {
                var (json, index) = EventFieldsTable.Case(row, With(valid, field, value.ToString(CultureInfo.InvariantCulture)));
                if (inRange)
                {
                    ShouldAccept(json, $"{type}.{field} = {value} is in the table's range {rule.Min}-{rule.Max}");
                }
                else
                {
                    ShouldRefuseAt(
                        json,
                        $"$.events[{index}].{field}",
                        $"{type}.{field} = {value} is outside the table's range {rule.Min}-{rule.Max}"
                    );
                }
            }

            var (fraction, at) = EventFieldsTable.Case(row, With(valid, field, "1.5"));
            ShouldRefuseAt(fraction, $"$.events[{at}].{field}", $"{type}.{field} is a whole number");
        }
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void An_event_that_needs_another_before_it_is_refused_without_it(string type)
    {
        var row = EventFieldsTable.Row(type);
        var (json, index) = EventFieldsTable.Case(row, EventFieldsTable.ValidFields(row, withOptional: false), withPrerequisite: false);
        if (row.Needs is null)
        {
            ShouldAccept(json, $"the table says {type} needs no event before it");
        }
        else
        {
            index.Should().Be(0);
            ShouldRefuseAt(json, "$.events[0]", $"the table says {type} needs {row.Needs} before it");
        }
    }

    [Fact]
    public void The_since_column_names_a_version()
    {
        EventFieldsTable
            .Rows.Should()
            .OnlyContain(r => Regex.IsMatch(r.Since, "^0\\.[1-9]$", RegexOptions.None, System.TimeSpan.FromSeconds(1)));
    }
}
