using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;

namespace Poortwachter.Tests.PublicApi;

/// <summary>
/// Renders the public API surface of an assembly as stable, sorted text: every exported type with its
/// kind, base type and interfaces, and every public (and, on unsealed types, protected) member with its
/// signature, nullable annotations, tuple element names, default values and constant values. One line per
/// member, sorted ordinally, so a diff of the approved file shows exactly what changed.
/// </summary>
public static class PublicApiText
{
    private const BindingFlags Declared =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Dictionary<Type, string> Keywords = new()
    {
        [typeof(void)] = "void",
        [typeof(object)] = "object",
        [typeof(string)] = "string",
        [typeof(bool)] = "bool",
        [typeof(byte)] = "byte",
        [typeof(sbyte)] = "sbyte",
        [typeof(char)] = "char",
        [typeof(short)] = "short",
        [typeof(ushort)] = "ushort",
        [typeof(int)] = "int",
        [typeof(uint)] = "uint",
        [typeof(long)] = "long",
        [typeof(ulong)] = "ulong",
        [typeof(float)] = "float",
        [typeof(double)] = "double",
        [typeof(decimal)] = "decimal",
    };

    private static readonly HashSet<string> ReservedWords = new(StringComparer.Ordinal)
    {
        "case",
        "event",
        "object",
        "string",
        "class",
        "default",
        "operator",
        "params",
        "in",
        "out",
        "ref",
        "base",
        "this",
        "fixed",
        "lock",
    };

    public static string Render(Assembly assembly)
    {
        var sb = new StringBuilder();
        sb.Append("// Public API of ").Append(assembly.GetName().Name).Append('\n');
        foreach (var type in assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            sb.Append('\n').Append(Header(type)).Append('\n');
            var lines = new List<(string Name, string Text)>();
            foreach (var member in type.GetMembers(Declared))
            {
                if (Line(type, member) is { } line)
                {
                    lines.Add((member.Name, line));
                }
            }

            // By member name first (constructors first), then by signature: overloads stay together.
            foreach (var (_, line) in lines.OrderBy(l => l.Name, StringComparer.Ordinal).ThenBy(l => l.Text, StringComparer.Ordinal))
            {
                sb.Append("    ").Append(line).Append('\n');
            }
        }

        return sb.ToString();
    }

    private static string Header(Type type)
    {
        var sb = new StringBuilder("public ");
        if (type.IsInterface)
        {
            sb.Append("interface ");
        }
        else if (type.IsEnum)
        {
            sb.Append("enum ");
        }
        else if (typeof(Delegate).IsAssignableFrom(type))
        {
            sb.Append("delegate ");
        }
        else if (type.IsValueType)
        {
            sb.Append(type.IsDefined(typeof(IsReadOnlyAttribute), false) ? "readonly struct " : "struct ");
        }
        else if (type.IsAbstract && type.IsSealed)
        {
            sb.Append("static class ");
        }
        else
        {
            sb.Append(
                type.IsAbstract ? "abstract class "
                : type.IsSealed ? "sealed class "
                : "class "
            );
        }

        sb.Append(Name(type, null, null, declaration: true));
        var bases = new List<string>();
        if (type.IsEnum)
        {
            bases.Add(Name(Enum.GetUnderlyingType(type), null, null));
        }
        else if (type.BaseType is { } b && b != typeof(object) && b != typeof(ValueType) && !typeof(Delegate).IsAssignableFrom(type))
        {
            bases.Add(Name(b, null, null));
        }

        if (!type.IsEnum && !typeof(Delegate).IsAssignableFrom(type))
        {
            bases.AddRange(
                type.GetInterfaces()
                    .Where(i => i.IsPublic || i.IsNestedPublic)
                    .Select(i => Name(i, null, null))
                    .OrderBy(n => n, StringComparer.Ordinal)
            );
        }

        if (bases.Count > 0)
        {
            sb.Append(" : ").Append(string.Join(", ", bases));
        }

        sb.Append(Constraints(type.IsGenericTypeDefinition ? type.GetGenericArguments() : []));
        if (type.GetCustomAttribute<ObsoleteAttribute>() is { } obsolete)
        {
            sb.Append(" [Obsolete(\"").Append(obsolete.Message).Append("\")]");
        }

        return sb.ToString();
    }

    private static string? Line(Type type, MemberInfo member)
    {
        var text = member switch
        {
            ConstructorInfo c when Visible(type, c) && !c.IsStatic => Access(c) + Name(type, null, null, declaration: true) + Parameters(c),
            MethodInfo m
                when Visible(type, m)
                    && (!m.IsSpecialName || m.Name.StartsWith("op_", StringComparison.Ordinal))
                    && !m.Name.StartsWith('<') => Method(type, m),
            PropertyInfo p => Property(type, p),
            FieldInfo f when Visible(type, f) && !f.IsSpecialName => Field(type, f),
            EventInfo e when e.AddMethod is { } add && Visible(type, add) => Access(add)
                + Modifiers(type, add)
                + "event "
                + Name(e.EventHandlerType!, Nullability(e), null)
                + " "
                + e.Name,
            TypeInfo => null, // nested types are listed as types of their own
            _ => null,
        };
        if (text is null)
        {
            return null;
        }

        return member.GetCustomAttribute<ObsoleteAttribute>() is { } obsolete ? $"[Obsolete(\"{obsolete.Message}\")] {text}" : text;
    }

    private static bool Visible(Type type, MethodBase m) => m.IsPublic || ((m.IsFamily || m.IsFamilyOrAssembly) && !type.IsSealed);

    private static bool Visible(Type type, FieldInfo f) => f.IsPublic || ((f.IsFamily || f.IsFamilyOrAssembly) && !type.IsSealed);

    private static string Access(MethodBase m) => m.IsPublic ? "public " : "protected ";

    private static string Access(FieldInfo f) => f.IsPublic ? "public " : "protected ";

    private static string Modifiers(Type type, MethodInfo m)
    {
        if (type.IsInterface)
        {
            return m.IsStatic ? (m.IsAbstract ? "static abstract " : "static ") : string.Empty;
        }

        if (m.IsStatic)
        {
            return "static ";
        }

        if (m.IsAbstract)
        {
            return "abstract ";
        }

        if (m.GetBaseDefinition().DeclaringType != m.DeclaringType)
        {
            return m.IsFinal ? "sealed override " : "override ";
        }

        return m.IsVirtual && !m.IsFinal ? "virtual " : string.Empty;
    }

    private static string Method(Type type, MethodInfo m)
    {
        var returns = Name(m.ReturnType, Nullability(m.ReturnParameter), TupleNames(m.ReturnParameter));
        var generic = m.IsGenericMethodDefinition
            ? "<" + string.Join(", ", m.GetGenericArguments().Select(a => a.Name)) + ">"
            : string.Empty;
        var constraints = m.IsGenericMethodDefinition ? Constraints(m.GetGenericArguments()) : string.Empty;
        return Access(m) + Modifiers(type, m) + returns + " " + m.Name + generic + Parameters(m) + constraints;
    }

    private static string? Property(Type type, PropertyInfo p)
    {
        var get = p.GetMethod is { } g && Visible(type, g) ? g : null;
        var set = p.SetMethod is { } s && Visible(type, s) ? s : null;
        var any = get ?? set;
        if (any is null)
        {
            return null;
        }

        var accessors = new List<string>();
        if (get is not null)
        {
            accessors.Add(get.IsPublic || !any.IsPublic ? "get;" : "protected get;");
        }

        if (set is not null)
        {
            var init = set.ReturnParameter.GetRequiredCustomModifiers().Any(t => t.Name == "IsExternalInit");
            accessors.Add((set.IsPublic || !any.IsPublic ? string.Empty : "protected ") + (init ? "init;" : "set;"));
        }

        var indexer = p.GetIndexParameters();
        var name = indexer.Length > 0 ? "this[" + string.Join(", ", indexer.Select(Parameter)) + "]" : p.Name;
        return Access(any)
            + Modifiers(type, any)
            + Name(p.PropertyType, Nullability(p), TupleNames(p))
            + " "
            + name
            + " { "
            + string.Join(" ", accessors)
            + " }";
    }

    private static string Field(Type type, FieldInfo f)
    {
        if (type.IsEnum)
        {
            return f.Name + " = " + Convert.ToString(f.GetRawConstantValue(), CultureInfo.InvariantCulture);
        }

        var fieldType = Name(f.FieldType, Nullability(f), TupleNames(f));
        if (f.IsLiteral)
        {
            return Access(f) + "const " + fieldType + " " + f.Name + " = " + Value(f.GetRawConstantValue());
        }

        var modifiers = (f.IsStatic ? "static " : string.Empty) + (f.IsInitOnly ? "readonly " : string.Empty);
        return Access(f) + modifiers + fieldType + " " + f.Name;
    }

    private static string Parameters(MethodBase m) => "(" + string.Join(", ", m.GetParameters().Select(Parameter)) + ")";

    private static string Parameter(ParameterInfo p)
    {
        var sb = new StringBuilder();
        if (p.Position == 0 && p.Member.IsDefined(typeof(ExtensionAttribute), false))
        {
            sb.Append("this ");
        }

        if (p.IsDefined(typeof(ParamArrayAttribute), false))
        {
            sb.Append("params ");
        }

        if (p.ParameterType.IsByRef)
        {
            sb.Append(
                p.IsOut ? "out "
                : p.IsIn ? "in "
                : "ref "
            );
        }

        sb.Append(Name(p.ParameterType, Nullability(p), TupleNames(p)))
            .Append(' ')
            .Append(ReservedWords.Contains(p.Name!) ? "@" + p.Name : p.Name);
        if (p.HasDefaultValue)
        {
            sb.Append(" = ").Append(Value(p.DefaultValue));
        }

        return sb.ToString();
    }

    private static string Value(object? value) =>
        value switch
        {
            null => "null",
            string s => "\"" + s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"",
            bool b => b ? "true" : "false",
            char c => "'" + c + "'",
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? string.Empty,
        };

    private static string Constraints(Type[] parameters)
    {
        var sb = new StringBuilder();
        foreach (var p in parameters)
        {
            var parts = new List<string>();
            var attributes = p.GenericParameterAttributes;
            if (attributes.HasFlag(GenericParameterAttributes.ReferenceTypeConstraint))
            {
                parts.Add("class");
            }

            if (attributes.HasFlag(GenericParameterAttributes.NotNullableValueTypeConstraint))
            {
                parts.Add("struct");
            }

            parts.AddRange(
                p.GetGenericParameterConstraints()
                    .Where(c => c != typeof(ValueType))
                    .Select(c => Name(c, null, null))
                    .OrderBy(n => n, StringComparer.Ordinal)
            );
            if (
                attributes.HasFlag(GenericParameterAttributes.DefaultConstructorConstraint)
                && !attributes.HasFlag(GenericParameterAttributes.NotNullableValueTypeConstraint)
            )
            {
                parts.Add("new()");
            }

            if (parts.Count > 0)
            {
                sb.Append(" where ").Append(p.Name).Append(" : ").Append(string.Join(", ", parts));
            }
        }

        return sb.ToString();
    }

    private static NullabilityInfo? Nullability(ParameterInfo p) => Safe(() => new NullabilityInfoContext().Create(p));

    private static NullabilityInfo? Nullability(PropertyInfo p) => Safe(() => new NullabilityInfoContext().Create(p));

    private static NullabilityInfo? Nullability(FieldInfo f) => Safe(() => new NullabilityInfoContext().Create(f));

    private static NullabilityInfo? Nullability(EventInfo e) => Safe(() => new NullabilityInfoContext().Create(e));

    private static NullabilityInfo? Safe(Func<NullabilityInfo> create)
    {
        try
        {
            return create();
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }

    private static Queue<string?>? TupleNames(ICustomAttributeProvider provider) =>
        provider.GetCustomAttributes(typeof(TupleElementNamesAttribute), false).OfType<TupleElementNamesAttribute>().FirstOrDefault()
            is { } names
            ? new Queue<string?>(names.TransformNames)
            : null;

    /// <summary>The C# name of a type, with nullable annotations and tuple element names where known.</summary>
    private static string Name(Type type, NullabilityInfo? nullability, Queue<string?>? tupleNames, bool declaration = false)
    {
        if (type.IsByRef)
        {
            return Name(type.GetElementType()!, nullability, tupleNames);
        }

        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            var inner = nullability?.GenericTypeArguments.Length > 0 ? nullability.GenericTypeArguments[0] : null;
            return Name(underlying, inner, tupleNames) + "?";
        }

        var mark = !type.IsValueType && nullability?.ReadState == NullabilityState.Nullable ? "?" : string.Empty;
        if (type.IsArray)
        {
            return Name(type.GetElementType()!, nullability?.ElementType, tupleNames)
                + "["
                + new string(',', type.GetArrayRank() - 1)
                + "]"
                + mark;
        }

        if (type.IsGenericParameter)
        {
            return type.Name + mark;
        }

        if (Keywords.TryGetValue(type, out var keyword))
        {
            return keyword + mark;
        }

        var arguments = type.GetGenericArguments();
        if (type.IsGenericType && type.FullName?.StartsWith("System.ValueTuple`", StringComparison.Ordinal) == true && !declaration)
        {
            var names = arguments.Select(_ => tupleNames is { Count: > 0 } ? tupleNames.Dequeue() : null).ToArray();
            var elements = arguments.Select(
                (a, i) => Name(a, Argument(nullability, i), tupleNames) + (names[i] is { } n ? " " + n : string.Empty)
            );
            return "(" + string.Join(", ", elements) + ")" + mark;
        }

        var definition = type.IsGenericType ? type.GetGenericTypeDefinition() : type;
        var full = (definition.FullName ?? definition.Name).Replace('+', '.');
        var tick = full.IndexOf('`', StringComparison.Ordinal);
        if (tick >= 0)
        {
            full = full[..tick];
        }

        if (!type.IsGenericType)
        {
            return full + mark;
        }

        var rendered = arguments.Select((a, i) => Name(a, Argument(nullability, i), tupleNames));
        return full + "<" + string.Join(", ", rendered) + ">" + mark;
    }

    private static NullabilityInfo? Argument(NullabilityInfo? nullability, int index) =>
        nullability is not null && index < nullability.GenericTypeArguments.Length ? nullability.GenericTypeArguments[index] : null;
}
