using GeoMap.Core.Text;
using GeoMap.Core.Queries;
using GeoMap.Core.Regions;
using NetTopologySuite.Geometries;
using Npgsql;

namespace GeoMap.Storage.Repositories;

/// <summary>Countries and first-level regions with multilingual names, for named-region queries.</summary>
/// <param name="dataSource">The database.</param>
/// <param name="regionWords">
/// Words and phrases naming a kind of region ("oblast", "krai", "province of", "oblast de"; the languages' region nouns,
/// heads and openers): a name is also looked up without one before or after it, so "Kharkiv Oblast", "oblast de Kharkiv"
/// and "Kharkiv" find the same region. Empty: names are looked up only as written.
/// </param>
public sealed class RegionRepository(NpgsqlDataSource dataSource, IEnumerable<string>? regionWords = null)
{
    private readonly string[] words = [.. (regionWords ?? []).Select(TextFolding.Fold).Where(w => w.Length > 0).Distinct(StringComparer.Ordinal).OrderByDescending(w => w.Length)];

    /// <summary>Language of the names stored from the registry's alternates ("Primor'ye", "Kharkivs'ka Oblast'"), which carry none.</summary>
    public const string AlternateLanguage = "und";

    /// <summary>Inserts or replaces regions and their names in one transaction; returns how many were written.</summary>
    public async Task<int> UpsertAsync(IEnumerable<Region> regions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(regions);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var count = 0;
        foreach (var region in regions)
        {
            await using (var upsert = new NpgsqlCommand(
                """
                INSERT INTO regions (code, kind, name, country_code, geonames_admin1, geom)
                VALUES ($1, $2, $3, $4, $5, ST_Multi(ST_MakeValid($6)))
                ON CONFLICT (code) DO UPDATE SET kind = EXCLUDED.kind, name = EXCLUDED.name, country_code = EXCLUDED.country_code,
                    geonames_admin1 = EXCLUDED.geonames_admin1, geom = EXCLUDED.geom
                """, connection, transaction))
            {
                upsert.Parameters.Add(new() { Value = region.Code.ToUpperInvariant() });
                upsert.Parameters.Add(new() { Value = region.Kind == RegionKind.Country ? "country" : "admin1" });
                upsert.Parameters.Add(new() { Value = region.Name });
                upsert.Parameters.Add(new() { Value = region.CountryCode.ToUpperInvariant() });
                upsert.Parameters.Add(new() { Value = (object?)region.GeonamesAdmin1 ?? DBNull.Value });
                upsert.Parameters.Add(new() { Value = region.Geometry });
                await upsert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await using (var clear = new NpgsqlCommand("DELETE FROM region_names WHERE region_code = $1", connection, transaction) { Parameters = { new() { Value = region.Code.ToUpperInvariant() } } })
            {
                await clear.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            var names = region.Names.Append(new KeyValuePair<string, string>("en", region.Name))
                .Concat((region.AlternateNames ?? []).Select(n => new KeyValuePair<string, string>(AlternateLanguage, n)))
                .Where(kv => !string.IsNullOrWhiteSpace(kv.Value))
                .DistinctBy(kv => (kv.Key, kv.Value));
            await using var batch = new NpgsqlBatch(connection, transaction);
            foreach (var (lang, name) in names)
            {
                batch.BatchCommands.Add(new NpgsqlBatchCommand("INSERT INTO region_names (region_code, lang, name, folded) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING")
                {
                    Parameters = { new() { Value = region.Code.ToUpperInvariant() }, new() { Value = lang }, new() { Value = name }, new() { Value = TextFolding.Fold(name) } },
                });
            }

            if (batch.BatchCommands.Count > 0)
            {
                await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            count++;
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return count;
    }

    /// <summary>
    /// Resolves a code (UA, UA-43) or a name in any stored language (Ukraine, Украина, Crimée) to one
    /// region; countries win over same-named regions.
    /// </summary>
    /// <exception cref="InvalidQueryException">No region matches; the message suggests close names.</exception>
    public async Task<RegionMatch> ResolveAsync(string nameOrCode, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(nameOrCode);
        var text = nameOrCode.Trim();
        await using var command = dataSource.CreateCommand(
            """
            SELECT r.code, r.kind, r.name, r.country_code FROM regions r WHERE r.code = upper($1)
            UNION ALL
            SELECT * FROM (
                SELECT DISTINCT r.code, r.kind, r.name, r.country_code FROM region_names n JOIN regions r ON r.code = n.region_code
                WHERE n.folded = ANY($2)
                ORDER BY r.kind DESC, r.code
            ) byname
            LIMIT 1
            """);
        command.Parameters.Add(new() { Value = text.Length > 200 ? text[..200] : text });
        command.Parameters.Add(new() { Value = Keys(text.Length > 200 ? text[..200] : text).ToArray() });
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            if (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                return new RegionMatch(reader.GetString(0), reader.GetString(1) == "country" ? RegionKind.Country : RegionKind.Admin1, reader.GetString(2), reader.GetString(3), reader.GetString(2));
            }
        }

        // Suggested by the region's English (default) name, not by whichever language's name came closest.
        var suggestions = (await SearchAsync(text, 5, cancellationToken).ConfigureAwait(false)).Select(m => $"{m.Name} ({m.Code})").ToList();
        var hint = suggestions.Count > 0 ? " Did you mean: " + string.Join(", ", suggestions) + "?" : " Use a country or first-level region name, or an ISO code such as UA or UA-43.";
        throw new InvalidQueryException("region", $"Unknown region '{Shorten(text)}'.{hint}", suggestions);
    }

    /// <summary>
    /// Regions whose ISO code is the text (RU-PRI, ua), first, then those whose names resemble it (prefix or trigram
    /// similarity), best first.
    /// </summary>
    /// <remarks>A code is what <see cref="ResolveAsync"/> and so <c>region=</c> accept; a search box must find it too.</remarks>
    public async Task<IReadOnlyList<RegionMatch>> SearchAsync(string text, int limit, CancellationToken cancellationToken)
    {
        var keys = Keys(text ?? "").ToList();
        // The name without its kind word ("Kharkiv Oblast" → "kharkiv"), when it has one: the bare name is what every language shares.
        var folded = keys.Count == 0 ? "" : keys[^1];
        if (folded.Length == 0)
        {
            return [];
        }

        await using var command = dataSource.CreateCommand(
            """
            SELECT code, kind, rname, country_code, name FROM (
                SELECT DISTINCT ON (code) * FROM (
                    SELECT r.code, r.kind, r.name AS rname, r.country_code, r.code AS name, 'en' AS lang, 3.0::float8 AS score
                    FROM regions r WHERE r.code = upper($3)
                    UNION ALL
                    SELECT r.code, r.kind, r.name, r.country_code, n.name, n.lang,
                        (CASE WHEN n.folded = $1 THEN 2 WHEN n.folded LIKE $1 || '%' THEN 1 ELSE 0 END) + similarity(n.folded, $1)::float8
                    FROM region_names n JOIN regions r ON r.code = n.region_code
                    WHERE n.folded % $1 OR n.folded LIKE $1 || '%'
                ) candidates
                ORDER BY code, score DESC, (lang = 'en') DESC
            ) best
            ORDER BY score DESC, kind DESC, code
            LIMIT $2
            """);
        command.Parameters.Add(new() { Value = folded });
        command.Parameters.Add(new() { Value = limit });
        command.Parameters.Add(new() { Value = (text ?? "").Trim() is { Length: <= 10 } code ? code : "" });
        var result = new List<RegionMatch>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            result.Add(new RegionMatch(reader.GetString(0), reader.GetString(1) == "country" ? RegionKind.Country : RegionKind.Admin1, reader.GetString(2), reader.GetString(3), reader.GetString(4)));
        }

        return result;
    }

    /// <summary>
    /// The outlines of the places that are areas (<see cref="GeoMap.Core.Places.Place.IsArea"/>), by place key: a country
    /// by its ISO code, a first-level region by its country and GeoNames admin1 code, or, when it has none (a curated
    /// region, a gazetteer entry without the code), by its name among its country's regions' names in any language.
    /// Areas not stored, or whose name is no first-level region's, are left out.
    /// </summary>
    /// <remarks>
    /// The maps (the briefing renderer and the web client through /api/places/outlines) draw a movement to such an area to
    /// its edge and the area as its outline; an area left out keeps its name at its point. A name is compared folded
    /// (<see cref="TextFolding.Fold"/>), as named-region queries compare it.
    /// </remarks>
    public async Task<IReadOnlyDictionary<string, Geometry>> AreasAsync(IEnumerable<GeoMap.Core.Places.Place> places, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(places);
        var result = new Dictionary<string, Geometry>(StringComparer.Ordinal);
        foreach (var place in places.Where(p => p.IsArea && p.CountryCode is { Length: > 0 }).DistinctBy(p => p.Key, StringComparer.Ordinal))
        {
            var country = place.Kind == GeoMap.Core.Places.PlaceKind.Country;
            var byAdmin1 = !country && place.Admin1Code is { Length: > 0 };
            await using var command = dataSource.CreateCommand(
                country ? "SELECT geom FROM regions WHERE kind = 'country' AND code = upper($1)"
                : byAdmin1 ? "SELECT geom FROM regions WHERE kind = 'admin1' AND country_code = upper($1) AND geonames_admin1 = $2 LIMIT 1"
                : """
                  SELECT r.geom FROM regions r JOIN region_names n ON n.region_code = r.code
                  WHERE r.kind = 'admin1' AND r.country_code = upper($1) AND n.folded = $2
                  ORDER BY r.code LIMIT 1
                  """);
            command.Parameters.Add(new() { Value = place.CountryCode! });
            if (!country)
            {
                command.Parameters.Add(new() { Value = byAdmin1 ? place.Admin1Code! : TextFolding.Fold(place.Name) });
            }

            if (await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is Geometry outline)
            {
                result[place.Key] = outline;
            }
        }

        return result;
    }

    /// <summary>The outline of a region by code, or null.</summary>
    public async Task<Geometry?> GeometryAsync(string code, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT geom FROM regions WHERE code = upper($1)");
        command.Parameters.Add(new() { Value = code });
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as Geometry;
    }

    /// <summary>
    /// Folds again the region names whose key was marked stale (empty), after a change to the folding
    /// rules; returns how many were refolded.
    /// </summary>
    /// <remarks>
    /// The key is <see cref="TextFolding.Fold"/>, computed here and not in SQL; a migration that
    /// changes the rules sets <c>folded = ''</c> (see <c>0002_refold_region_names.sql</c>), and the
    /// region seeder calls this on start. Cheap when nothing is stale (one indexed look-up).
    /// </remarks>
    public async Task<int> RefoldStaleNamesAsync(CancellationToken cancellationToken)
    {
        var stale = new List<(string Code, string Lang, string Name)>();
        await using (var select = dataSource.CreateCommand("SELECT region_code, lang, name FROM region_names WHERE folded = ''"))
        await using (var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                stale.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
            }
        }

        if (stale.Count == 0)
        {
            return 0;
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (var batch = new NpgsqlBatch(connection, transaction))
        {
            foreach (var (code, lang, name) in stale)
            {
                batch.BatchCommands.Add(new NpgsqlBatchCommand("UPDATE region_names SET folded = $4 WHERE region_code = $1 AND lang = $2 AND name = $3")
                {
                    Parameters = { new() { Value = code }, new() { Value = lang }, new() { Value = name }, new() { Value = TextFolding.Fold(name) } },
                });
            }

            await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return stale.Count;
    }

    /// <summary>How many regions are stored.</summary>
    public async Task<long> CountAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT count(*) FROM regions");
        return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    /// <summary>
    /// The folded keys to look a name up by: as written, then without a kind word before it ("oblast de kharkiv", "province of
    /// idlib") and after it ("kharkiv oblast", "primorsky krai"); the last is the barest.
    /// </summary>
    private IEnumerable<string> Keys(string text)
    {
        var key = TextFolding.Fold(text);
        if (key.Length == 0)
        {
            yield break;
        }

        yield return key;
        var bare = key;
        foreach (var word in words)
        {
            if (bare.Length > word.Length + 1 && bare.StartsWith(word + " ", StringComparison.Ordinal))
            {
                bare = bare[(word.Length + 1)..];
                break;
            }
        }

        foreach (var word in words)
        {
            if (bare.Length > word.Length + 1 && bare.EndsWith(" " + word, StringComparison.Ordinal))
            {
                bare = bare[..^(word.Length + 1)];
                break;
            }
        }

        if (bare != key)
        {
            yield return bare;
        }
    }

    private static string Shorten(string s) => s.Length <= 60 ? s : s[..60] + "…";
}

/// <summary>A region found by name or code.</summary>
/// <param name="Code">ISO code.</param>
/// <param name="Kind">Country or first-level region.</param>
/// <param name="Name">English name.</param>
/// <param name="CountryCode">Country.</param>
/// <param name="MatchedName">The stored name that matched (in whatever language).</param>
public sealed record RegionMatch(string Code, RegionKind Kind, string Name, string CountryCode, string MatchedName);
