using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Xml.Linq;
using FluentAssertions;
using Poortwachter.Cases;
using Poortwachter.DependencyInjection;
using Poortwachter.Json;
using Poortwachter.Rules;
using Xunit;

namespace Poortwachter.Tests.PublicApi;

/// <summary>
/// Every public type of the packages is immutable, as NodaTime's are, or on the short list of types documented as
/// mutable. Immutable here means: no public setter (<c>init</c> is fine), no writable public field, and no public
/// property or field of a mutable collection type (an array, <c>List&lt;T&gt;</c>, <c>ISet&lt;T&gt;</c>,
/// <c>ICollection&lt;T&gt;</c>, ...): a collection is handed out as <c>IReadOnlyList&lt;T&gt;</c> and friends.
/// </summary>
public sealed class ImmutabilityTests
{
    /// <summary>
    /// The types that are mutable by design; the XML documentation (summary or remarks) of each says so ("mutable" or
    /// "not thread-safe").
    /// </summary>
    private static readonly Type[] DocumentedMutable =
    [
        typeof(PoortwachterOptions), // set up by a host, then copied read-only into the engine
        typeof(PoortwachterBuilder), // the service collection the host starts with
        typeof(CaseBuilder), // builds an immutable SicknessCase
        typeof(Poortwachter.Portfolio.WorklistBuilder), // gathers a worklist one assessment at a time
        typeof(RuleOutput), // one per assessment, where the rules write
        typeof(CaseReaderOptions), // set up by a host, then read by a CaseReader
        typeof(Poortwachter.Assessments.TextBuffer), // a reusable buffer a writer fills, one per thread; its language is set per text
    ];

    private static readonly Assembly[] Packages = [typeof(PoortwachterEngine).Assembly, typeof(PoortwachterJson).Assembly];

    [Fact]
    public void Every_public_type_is_immutable_or_documented_as_mutable()
    {
        var problems = Packages
            .SelectMany(a => a.GetExportedTypes())
            .Where(t => !DocumentedMutable.Contains(t))
            .SelectMany(Problems)
            .Select(p => $"{p.Member}: {p.Why}")
            .ToList();

        problems
            .Should()
            .BeEmpty(
                "a public type is immutable, or it is added to DocumentedMutable with an XML summary that says it is mutable or not thread-safe"
            );
    }

    [Fact]
    public void Every_type_on_the_mutable_list_says_so_in_its_documentation()
    {
        // Some are mutable through their methods only (the builders), which the check cannot see: the list is what a
        // host is told, so each entry's XML documentation must tell it.
        foreach (var type in DocumentedMutable)
        {
            Documentation(type)
                .Should()
                .MatchRegex("(?i)mutable|not thread-safe", "the XML documentation of {0} tells a host that it is mutable", type);
        }
    }

    [Fact]
    public void The_check_finds_each_kind_of_mutability()
    {
        Problems(typeof(Samples))
            .Select(p => p.Member.Split('.')[^1] + ": " + p.Why)
            .Should()
            .BeEquivalentTo(
                "Settable: a public setter",
                "Field: a writable public field",
                "Array: a public array (System.String[])",
                "List: a mutable collection (System.Collections.Generic.List`1[System.Int32])",
                "Set: a mutable collection (System.Collections.Generic.ISet`1[System.String])",
                "Collection: a mutable collection (System.Collections.Generic.ICollection`1[System.Int32])",
                "Map: a mutable collection (System.Collections.Generic.IDictionary`2[System.String,System.Int32])",
                "ReadOnlyField: a public array (System.Int32[])",
                "Static: a writable public field"
            );
        Problems(typeof(ImmutableSamples)).Should().BeEmpty();
    }

    private static IEnumerable<(string Member, string Why)> Problems(Type type)
    {
        const BindingFlags Public = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        foreach (var property in type.GetProperties(Public))
        {
            var name = $"{type.FullName}.{property.Name}";
            if (property.SetMethod is { IsPublic: true } set && !IsInit(set))
            {
                yield return (name, "a public setter");
            }

            if (property.GetMethod is { IsPublic: true } && Mutable(property.PropertyType) is { } why)
            {
                yield return (name, why);
            }
        }

        foreach (var field in type.GetFields(Public))
        {
            var name = $"{type.FullName}.{field.Name}";
            if (field.IsLiteral || type.IsEnum)
            {
                continue;
            }

            if (!field.IsInitOnly)
            {
                yield return (name, "a writable public field");
            }
            else if (Mutable(field.FieldType) is { } why)
            {
                yield return (name, why);
            }
        }
    }

    private static bool IsInit(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.Name == "IsExternalInit");

    private static readonly Type[] MutableDefinitions =
    [
        typeof(ICollection<>),
        typeof(IList<>),
        typeof(ISet<>),
        typeof(IDictionary<,>),
        typeof(List<>),
        typeof(HashSet<>),
        typeof(SortedSet<>),
        typeof(Dictionary<,>),
        typeof(SortedDictionary<,>),
        typeof(Queue<>),
        typeof(Stack<>),
        typeof(LinkedList<>),
        typeof(Collection<>),
    ];

    private static string? Mutable(Type type)
    {
        if (type.IsArray)
        {
            return $"a public array ({type})";
        }

        if (type.IsGenericType && MutableDefinitions.Contains(type.GetGenericTypeDefinition()))
        {
            return $"a mutable collection ({type})";
        }

        // Any other list or dictionary class, unless it is a read-only wrapper or an immutable collection.
        var readOnly =
            (
                type.IsGenericType
                && type.GetGenericTypeDefinition() is var d
                && (d == typeof(ReadOnlyCollection<>) || d == typeof(ReadOnlyDictionary<,>))
            )
            || type.Namespace == "System.Collections.Immutable";
        return
            !readOnly
            && (typeof(System.Collections.IList).IsAssignableFrom(type) || typeof(System.Collections.IDictionary).IsAssignableFrom(type))
            ? $"a mutable collection ({type})"
            : null;
    }

    private static string Documentation(Type type)
    {
        var file = Path.Combine(AppContext.BaseDirectory, type.Assembly.GetName().Name + ".xml");
        var member = XDocument.Load(file).Descendants("member").SingleOrDefault(m => (string?)m.Attribute("name") == "T:" + type.FullName);
        return member is null
            ? string.Empty
            : string.Concat(member.Elements("summary").Concat(member.Elements("remarks")).Select(e => e.Value));
    }

#pragma warning disable CA1051, CA1819, CA2227, CA1002, CA2211, MA0069, MA0016 // samples of what the check must and must not find
    public sealed class Samples
    {
        public static int Static;
        public int Field;
        public readonly int[] ReadOnlyField = [];

        public int Settable { get; set; }

        public string[] Array { get; } = [];

        public List<int> List { get; } = [];

        public ISet<string> Set { get; } = new HashSet<string>(StringComparer.Ordinal);

        public ICollection<int> Collection { get; } = [];

        public IDictionary<string, int> Map { get; } = new Dictionary<string, int>(StringComparer.Ordinal);
    }

    public sealed class ImmutableSamples
    {
        public const int Constant = 1;
        public static readonly string Name = "x";
        public readonly int Number = 1;

        public int Init { get; init; }

        public IReadOnlyList<int> List { get; } = [];

        public IReadOnlyDictionary<string, int> Map { get; } = new Dictionary<string, int>(StringComparer.Ordinal);

        public IEnumerable<int> Sequence { get; } = [];

        public ReadOnlyCollection<int> Wrapped { get; } = new([]);

        public int Private { get; private set; }
    }
#pragma warning restore CA1051, CA1819, CA2227, CA1002, CA2211, MA0069, MA0016
}
