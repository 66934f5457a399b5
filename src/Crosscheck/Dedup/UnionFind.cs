namespace Crosscheck.Dedup;

/// <summary>Disjoint sets over 0..n-1; the smallest index is each set's root, so results do not depend on merge order.</summary>
internal sealed class UnionFind
{
    private readonly int[] _parent;

    public UnionFind(int count)
    {
        _parent = new int[count];
        for (var i = 0; i < count; i++) _parent[i] = i;
    }

    public int Find(int x)
    {
        while (_parent[x] != x)
        {
            _parent[x] = _parent[_parent[x]];
            x = _parent[x];
        }
        return x;
    }

    public bool Union(int a, int b)
    {
        var ra = Find(a);
        var rb = Find(b);
        if (ra == rb) return false;
        if (ra < rb) _parent[rb] = ra;
        else _parent[ra] = rb;
        return true;
    }
}
