namespace Site.Web;

/// <summary>
/// Which requests came lately, in a table of fixed size, so that a response kept apart (search results) is stored only
/// when its request comes a second time: a flood of queries each asked once stores nothing and pushes nothing out,
/// while a query readers repeat is kept from its second ask on. Each slot holds one request's hash; a later request
/// whose hash falls in the same slot takes it, and at worst a page is made once more.
/// </summary>
public sealed class AskedBefore
{
    private readonly int[] _seen = new int[1 << 16];

    /// <summary>Whether <paramref name="request"/> was seen before; it is remembered either way.</summary>
    public bool Check(string request)
    {
        var full = StringComparer.Ordinal.GetHashCode(request);
        // Never 0, which an empty slot holds; the slot is chosen from the hash as it was, so that every slot is used.
        var hash = full | 1;
        ref var slot = ref _seen[full & (_seen.Length - 1)];
        if (Volatile.Read(ref slot) == hash) return true;
        Volatile.Write(ref slot, hash);
        return false;
    }
}
