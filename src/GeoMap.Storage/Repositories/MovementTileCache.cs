using System.Collections.Concurrent;

namespace GeoMap.Storage.Repositories;

/// <summary>
/// Movement tiles already made, with the snapshot each was made under, kept up to a byte budget and an age: what
/// <see cref="MovementTileRepository"/> answers again once <c>movement_changes</c> (migration 0014) says nothing in
/// the tile changed since.
/// </summary>
/// <remarks>
/// Each server keeps its own; what makes an entry true or stale is in the database, so two servers never disagree
/// about a tile, they only each pay for its first making. Past the budget every entry is dropped (the simplest
/// eviction that is never wrong; the tiles of a view are made again in one round).
/// </remarks>
internal sealed class MovementTileCache(long budgetBytes, TimeSpan maxAge, TimeProvider? time = null)
{
    private readonly ConcurrentDictionary<string, MovementTileCacheEntry> entries = new(StringComparer.Ordinal);
    private readonly TimeProvider clock = time ?? TimeProvider.System;
    private long bytes;

    /// <summary>The entry under a key, unless it is older than the cache's age limit.</summary>
    public MovementTileCacheEntry? Get(string key)
    {
        if (!entries.TryGetValue(key, out var entry))
        {
            return null;
        }

        if (clock.GetUtcNow() - entry.MadeAt <= maxAge)
        {
            return entry;
        }

        Remove(key, entry);
        return null;
    }

    /// <summary>Keeps a tile made under <paramref name="snapshot"/> (a <c>pg_snapshot</c> as text).</summary>
    public void Put(string key, byte[] tile, string snapshot)
    {
        var entry = new MovementTileCacheEntry(tile, snapshot, clock.GetUtcNow());
        if (Interlocked.Add(ref bytes, entry.Size) > budgetBytes)
        {
            entries.Clear();
            Interlocked.Exchange(ref bytes, entry.Size);
        }

        entries.AddOrUpdate(key, entry, (_, old) =>
        {
            Interlocked.Add(ref bytes, -old.Size);
            return entry;
        });
    }

    /// <summary>Drops an entry found stale (unless another has replaced it meanwhile).</summary>
    public void Remove(string key, MovementTileCacheEntry entry)
    {
        if (entries.TryRemove(new KeyValuePair<string, MovementTileCacheEntry>(key, entry)))
        {
            Interlocked.Add(ref bytes, -entry.Size);
        }
    }
}

/// <summary>A tile kept by <see cref="MovementTileCache"/>.</summary>
/// <param name="Tile">Its MVT bytes.</param>
/// <param name="Snapshot">The <c>pg_snapshot</c> (text) its query ran under.</param>
/// <param name="MadeAt">When it was made.</param>
internal sealed record MovementTileCacheEntry(byte[] Tile, string Snapshot, DateTimeOffset MadeAt)
{
    /// <summary>Its bytes and key overhead, roughly.</summary>
    public long Size => Tile.Length + 256;
}
