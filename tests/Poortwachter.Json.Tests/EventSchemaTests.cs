using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using FluentAssertions;
using Poortwachter.Assessments;
using Poortwachter.Cases;
using Poortwachter.Json;
using Poortwachter.Json.Tests.Support;
using Poortwachter.Rules;
using Xunit;

namespace Poortwachter.Json.Tests;

/// <summary>
/// The event schema (<c>EventSchema</c> in Poortwachter.Json) is the one place an event type is defined: every event class
/// of the core has exactly one entry, and the reader, the writer, the messages and <see cref="CaseReaderOptions"/> all
/// do what the entry says, type by type.
/// </summary>
public sealed class EventSchemaTests
{
    private const string HostCode = "contact-dag-3";

    /// <summary>Every code an event may have: the shipped obligations and the facts (the entry of each, through its code).</summary>
    public static TheoryData<string> Codes => new(RuleSets.Wvp2013.ObligationCodes.Concat(EventSchema.Facts.Select(f => f.Code!)));

    private static CaseReaderOptions HostOptions() => new CaseReaderOptions().AddObligationCode(HostCode);

    private static EventEntry EntryOf(string code, CaseReaderOptions? options = null)
    {
        EventSchema.TryFind(code, options, out var entry, out _).Should().BeTrue($"'{code}' is a known type");
        return entry;
    }

    /// <summary>
    /// A case holding one event of <paramref name="code"/> with exactly <paramref name="fields"/> (name to raw JSON), after
    /// the events the contract says it needs before it; for a host code, just the event. Returns the document and the
    /// event's index.
    /// </summary>
    private static (string Json, int Index) CaseWith(string code, IEnumerable<KeyValuePair<string, string>> fields)
    {
        if (code == HostCode)
        {
            var body = string.Concat(fields.Select(f => $",\"{f.Key}\":{f.Value}"));
            return ($"{{\"caseId\":\"T-1\",\"firstSickDay\":\"2025-01-06\",\"events\":[{{\"type\":\"{code}\"{body}}}]}}", 0);
        }

        return EventFieldsTable.Case(EventFieldsTable.Row(code), fields);
    }

    /// <summary>A valid value of a field: the contract table's sample for the type, or for a host code the same as for any obligation.</summary>
    private static string SampleValue(string code, string field) =>
        EventFieldsTable.Value(EventFieldsTable.Row(code == HostCode ? ObligationCodes.Probleemanalyse : code), field);

    /// <summary>The entry's fields (but its type), with a valid value each: the required ones, and the optional ones when asked.</summary>
    private static Dictionary<string, string> ValidFields(string code, EventEntry entry, bool withOptional) =>
        EventFieldsTable.Consistent(
            entry
                .Fields.Where(f => f.Field != EventSchema.Type && (f.Required || withOptional))
                .ToDictionary(f => f.Field.Name, f => SampleValue(code, f.Field.Name), StringComparer.Ordinal)
        );

    private static CaseReadResult Read(string json, string code) =>
        PoortwachterJson.ReadCase(json, code == HostCode ? HostOptions() : null);

    [Fact]
    public void Every_concrete_public_event_class_of_the_core_has_exactly_one_entry()
    {
        var classes = typeof(CaseEvent)
            .Assembly.GetExportedTypes()
            .Where(t => typeof(CaseEvent).IsAssignableFrom(t) && !t.IsAbstract)
            .ToList();
        classes
            .Should()
            .Contain([typeof(ObligationFulfilled), typeof(Spoor2Trajectplan), typeof(Afwijking)], "the search finds the event classes");

        var covered = EventSchema.Entries.Select(e => e.EventClass).ToList();
        covered.Should().OnlyHaveUniqueItems();
        covered.Should().BeEquivalentTo(classes, "every event class is defined in the schema, and only those");
    }

    [Fact]
    public void The_entry_of_obligations_done_takes_any_obligation_code_and_every_other_entry_one_code()
    {
        EventSchema.ObligationDone.EventClass.Should().Be<ObligationFulfilled>();
        EventSchema.ObligationDone.Code.Should().BeNull();
        EventSchema.Entries.Where(e => e != EventSchema.ObligationDone).Should().OnlyContain(e => e.Code != null);
        EventSchema.Trajectplan.Code.Should().Be(ObligationCodes.Spoor2Trajectplan);
        string[] documents = [ObligationCodes.PlanVanAanpak, ObligationCodes.Evaluatie, ObligationCodes.Eerstejaarsevaluatie];
        EventSchema.Documents.Select(e => e.Code).Should().Equal(documents);
        foreach (var code in documents)
        {
            EntryOf(code).Should().BeSameAs(EventSchema.Documents.Single(e => e.Code == code), code);
        }

        foreach (var code in RuleSets.Wvp2013.ObligationCodes.Where(c => c != ObligationCodes.Spoor2Trajectplan && !documents.Contains(c)))
        {
            EntryOf(code).Should().BeSameAs(EventSchema.ObligationDone, code);
        }

        EntryOf(HostCode, HostOptions()).Should().BeSameAs(EventSchema.ObligationDone);
        EventSchema.TryFind(HostCode, null, out _, out _).Should().BeFalse("a host code is known only when the host registers it");
    }

    [Fact]
    public void The_facts_are_the_codes_of_EventTypes_and_no_code_is_both_a_fact_and_an_obligation()
    {
        var constants = typeof(EventCodes)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!);

        var facts = EventSchema.Facts.Select(f => f.Code!).ToList();
        facts.Should().BeEquivalentTo(constants);
        EventSchema.Facts.Should().OnlyContain(f => f.IsFact);
        EventSchema.Entries.Except(EventSchema.Facts).Should().OnlyContain(e => !e.IsFact);
        facts.Concat(RuleSets.Wvp2013.ObligationCodes).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Every_field_has_its_own_bit_and_the_fields_of_each_kind_their_own_slot()
    {
        EventSchema.Fields.Select(f => f.Bit).Should().OnlyHaveUniqueItems();
        EventSchema.Fields.Select(f => f.Name).Should().OnlyHaveUniqueItems();
        EventSchema.Fields.GroupBy(f => f.Kind).Should().OnlyContain(g => g.Select(f => f.Slot).Distinct().Count() == g.Count());
        EventSchema.Entries.Should().OnlyContain(e => e.Fields[0].Field == EventSchema.Type && e.Fields[1].Field == EventSchema.On);
        EventSchema
            .Entries.SelectMany(e => e.Fields)
            .Should()
            .OnlyContain(f => !f.Required || f.Field == EventSchema.Type || f.Hint != null);
    }

    [Fact]
    public void The_ranges_of_the_numbers_are_those_of_the_contract_table()
    {
        foreach (var field in EventSchema.Fields.Where(f => f.Kind == FieldKind.WholeNumber))
        {
            var cells = EventFieldsTable.Rows.Select(r => r.Fields[field.Name]).Where(c => c.Presence != Presence.NotAllowed).ToList();
            cells.Should().NotBeEmpty();
            cells.Should().OnlyContain(c => c.Min == field.Min && c.Max == field.Max && c.NullAllowed == field.NullAllowed, field.Name);
        }
    }

    [Fact]
    public void The_types_in_messages_are_the_obligation_codes_then_the_host_codes_then_the_facts_of_the_table_in_its_order()
    {
        var expected = RuleSets.Wvp2013.ObligationCodes.Append(HostCode).Concat(EventSchema.Facts.Select(f => f.Code!));
        var result = PoortwachterJson.ReadCase(
            "{\"caseId\":\"T\",\"firstSickDay\":\"2025-01-06\",\"events\":[{\"type\":\"no-such-type\",\"on\":\"2025-03-03\"}]}",
            HostOptions()
        );

        result.Problems.Single().Message.Should().Be($"unknown event type 'no-such-type': use one of {string.Join(", ", expected)}.");
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void The_reader_builds_the_entry_s_class_from_its_required_fields(string code)
    {
        foreach (var c in code == ObligationCodes.Probleemanalyse ? [code, HostCode] : new[] { code })
        {
            var entry = EntryOf(c, HostOptions());
            var (json, index) = CaseWith(c, ValidFields(c, entry, withOptional: false));

            var result = Read(json, c);

            result.Problems.Should().BeEmpty(json);
            var e = result.Case!.Events[index];
            e.GetType().Should().Be(entry.EventClass, json);
            e.Type.Should().Be(c);
            e.On.Should().Be(new NodaTime.LocalDate(2025, 3, 3));
        }
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void The_reader_refuses_a_field_the_entry_does_not_have_and_names_the_entry_s_fields(string code)
    {
        foreach (var c in code == ObligationCodes.Probleemanalyse ? [code, HostCode] : new[] { code })
        {
            var entry = EntryOf(c, HostOptions());
            var valid = ValidFields(c, entry, withOptional: false);
            var names = string.Join(", ", entry.AllowedNames);

            var (json, index) = CaseWith(c, new Dictionary<string, string>(valid, StringComparer.Ordinal) { ["zz"] = "1" });
            Read(json, c)
                .Problems.Should()
                .ContainSingle()
                .Which.Should()
                .Be(new CaseProblem($"$.events[{index}].zz", $"unknown property 'zz': an event of type '{c}' has only {names}."));

            foreach (var other in EventSchema.Fields.Where(f => (entry.AllowedMask & f.Bit) == 0))
            {
                var (refused, at) = CaseWith(c, new Dictionary<string, string>(valid, StringComparer.Ordinal) { [other.Name] = "1" });
                Read(refused, c)
                    .Problems.Should()
                    .ContainSingle()
                    .Which.Path.Should()
                    .Be($"$.events[{at}].{other.Name}", $"{c} has no {other.Name}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void The_reader_asks_for_each_required_field_with_the_entry_s_hint(string code)
    {
        var entry = EntryOf(code);
        var valid = ValidFields(code, entry, withOptional: true);
        foreach (var field in entry.Fields.Where(f => f.Required && f.Field != EventSchema.Type))
        {
            var without = new Dictionary<string, string>(valid, StringComparer.Ordinal);
            without.Remove(field.Field.Name);
            var (json, index) = CaseWith(code, without);

            Read(json, code)
                .Problems.Should()
                .ContainSingle()
                .Which.Should()
                .Be(new CaseProblem($"$.events[{index}].{field.Field.Name}", $"{field.Field.Name} is missing: {field.Hint}"));
        }
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void The_writer_writes_the_entry_s_fields_and_an_event_of_each_type_round_trips(string code)
    {
        foreach (var c in code == ObligationCodes.Probleemanalyse ? [code, HostCode] : new[] { code })
        {
            var entry = EntryOf(c, HostOptions());
            var (json, index) = CaseWith(c, ValidFields(c, entry, withOptional: true));
            var first = Read(json, c).GetCaseOrThrow();

            var written = PoortwachterJson.WriteCase(first);
            using (var document = JsonDocument.Parse(written))
            {
                var names = document.RootElement.GetProperty("events")[index].EnumerateObject().Select(p => p.Name);
                names
                    .Should()
                    .Equal(entry.AllowedNames, $"the writer writes every field of {c} that the document gave, in the table's order");
            }

            var second = Read(written, c).GetCaseOrThrow();
            second.Events[index].GetType().Should().Be(entry.EventClass);
            second.Events[index].Should().BeEquivalentTo(first.Events[index], o => o.RespectingRuntimeTypes());
            PoortwachterJson.WriteCase(second).Should().Be(written);
        }
    }

    [Fact]
    public void An_optional_field_left_out_is_not_written()
    {
        var written = PoortwachterJson.WriteCase(
            SicknessCase.Builder("T-1", new NodaTime.LocalDate(2025, 1, 6)).Spoor2Trajectplan(new NodaTime.LocalDate(2025, 3, 3)).Build()
        );

        written.Should().Contain("{\"type\":\"spoor-2-trajectplan\",\"on\":\"2025-03-03\"}");
    }

    [Fact]
    public void A_host_s_own_subclass_of_ObligationFulfilled_is_written_as_an_obligation_done_and_any_other_class_is_refused()
    {
        var day1 = new NodaTime.LocalDate(2025, 1, 6);
        var on = new NodaTime.LocalDate(2025, 2, 3);
        var obligation = new SicknessCase("T-1", day1, null, null, null, [new HostObligation(on)]);
        PoortwachterJson.WriteCase(obligation).Should().Contain($"{{\"type\":\"{HostCode}\",\"on\":\"2025-02-03\"}}");

        var other = new SicknessCase("T-1", day1, null, null, null, [new HostFact(on)]);
        var write = () => PoortwachterJson.WriteCase(other);
        write.Should().Throw<NotSupportedException>().WithMessage("*('host-fact') is not part of the contract*");
    }

    [Fact]
    public void CaseReaderOptions_refuses_exactly_the_facts_of_the_table_as_obligation_codes()
    {
        foreach (var fact in EventSchema.Facts)
        {
            var add = () => new CaseReaderOptions().AddObligationCode(fact.Code!);
            add.Should()
                .Throw<ArgumentException>()
                .WithMessage($"'{fact.Code}' is the code of a fact event of the contract, not an obligation.*");
        }

        foreach (var code in RuleSets.Wvp2013.ObligationCodes.Append(HostCode))
        {
            new CaseReaderOptions().AddObligationCode(code).AdditionalObligationCodes.Should().Contain(code);
        }
    }

    private sealed class HostObligation(NodaTime.LocalDate on) : ObligationFulfilled(HostCode, on);

    private sealed class HostFact(NodaTime.LocalDate on) : CaseEvent(on)
    {
        public override string Type => "host-fact";
    }
}
