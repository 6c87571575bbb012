using System.Collections.Concurrent;

namespace GeoMap.Storage.Repositories;

/// <summary>
/// Movement tiles (or summaries) already made, with the snapshot each was made under, kept up to a budget and an age:
/// what <see cref="MovementTileRepository"/> answers again once <c>movement_changes</c> (migration 0014) says nothing
/// in the tile changed since.
/// </summary>
/// <typeparam name="T">What is kept.</typeparam>
/// <remarks>
/// Each server keeps its own; what makes an entry true or stale is in the database, so two servers never disagree
/// about a tile, they only each pay for its first making. Past the budget every entry is dropped (the simplest
/// eviction that is never wrong; the tiles of a view are made again in one round).
/// </remarks>
internal sealed class MovementTileCache<T>(long budget, Func<T, long> sizeOf, TimeSpan maxAge, TimeProvider? time = null)
{
    private readonly ConcurrentDictionary<string, MovementTileCacheEntry<T>> entries = new(StringComparer.Ordinal);
    private readonly TimeProvider clock = time ?? TimeProvider.System;
    private long bytes;

    /// <summary>The entry under a key, unless it is older than the cache's age limit.</summary>
    public MovementTileCacheEntry<T>? Get(string key)
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

    /// <summary>Keeps a value made under <paramref name="snapshot"/> (a <c>pg_snapshot</c> as text).</summary>
    public void Put(string key, T value, string snapshot)
    {
        var entry = new MovementTileCacheEntry<T>(value, snapshot, clock.GetUtcNow(), sizeOf(value));
        if (Interlocked.Add(ref bytes, entry.Size) > budget)
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
    public void Remove(string key, MovementTileCacheEntry<T> entry)
    {
        if (entries.TryRemove(new KeyValuePair<string, MovementTileCacheEntry<T>>(key, entry)))
        {
            Interlocked.Add(ref bytes, -entry.Size);
        }
    }
}

/// <summary>A value kept by <see cref="MovementTileCache{T}"/>.</summary>
/// <param name="Value">The tile's MVT bytes, or the summary.</param>
/// <param name="Snapshot">The <c>pg_snapshot</c> (text) its query ran under.</param>
/// <param name="MadeAt">When it was made.</param>
/// <param name="Size">What it counts against the budget.</param>
internal sealed record MovementTileCacheEntry<T>(T Value, string Snapshot, DateTimeOffset MadeAt, long Size);
