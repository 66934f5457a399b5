namespace Crosscheck.Model;

/// <summary>
/// A typed key for one annotation layer on a <see cref="Report"/> (the typed alternative to a
/// string-keyed bag). Each key names the stage that is allowed to assign it.
/// </summary>
public sealed class DataKey<T> : IDataKey where T : class
{
    public DataKey(string name) => Name = name;

    public string Name { get; }

    public override string ToString() => Name;
}

/// <summary>Untyped view of a <see cref="DataKey{T}"/>, for pipeline validation.</summary>
public interface IDataKey
{
    string Name { get; }
}
