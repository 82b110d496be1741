using System;
using System.Collections.Generic;

namespace Poortwachter.Options;

/// <summary>A read-only view of a set of rule codes.</summary>
internal sealed class ReadOnlyCodeSet(ISet<string> inner) : ISet<string>
{
    /// <summary>The message of a change refused on an engine's options.</summary>
    public const string FrozenMessage =
        "These options belong to an engine and cannot change; build a new engine with changed options (engine.Options gives a copy).";

    public int Count => inner.Count;

    public bool IsReadOnly => true;

    public bool Contains(string item) => inner.Contains(item);

    public void CopyTo(string[] array, int arrayIndex) => inner.CopyTo(array, arrayIndex);

    public IEnumerator<string> GetEnumerator() => inner.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => inner.GetEnumerator();

    public bool IsProperSubsetOf(IEnumerable<string> other) => inner.IsProperSubsetOf(other);

    public bool IsProperSupersetOf(IEnumerable<string> other) => inner.IsProperSupersetOf(other);

    public bool IsSubsetOf(IEnumerable<string> other) => inner.IsSubsetOf(other);

    public bool IsSupersetOf(IEnumerable<string> other) => inner.IsSupersetOf(other);

    public bool Overlaps(IEnumerable<string> other) => inner.Overlaps(other);

    public bool SetEquals(IEnumerable<string> other) => inner.SetEquals(other);

    public bool Add(string item) => throw ReadOnly();

    void ICollection<string>.Add(string item) => throw ReadOnly();

    public void Clear() => throw ReadOnly();

    public bool Remove(string item) => throw ReadOnly();

    public void ExceptWith(IEnumerable<string> other) => throw ReadOnly();

    public void IntersectWith(IEnumerable<string> other) => throw ReadOnly();

    public void SymmetricExceptWith(IEnumerable<string> other) => throw ReadOnly();

    public void UnionWith(IEnumerable<string> other) => throw ReadOnly();

    private static NotSupportedException ReadOnly() => new(FrozenMessage);
}
