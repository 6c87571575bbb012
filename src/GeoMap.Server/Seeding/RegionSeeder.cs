using GeoMap.Geoparsing.Gazetteer;
using GeoMap.Storage.Repositories;
using Npgsql;

namespace GeoMap.Server.Seeding;

/// <summary>Loads the countries and first-level regions of the registry data into PostGIS for named-region queries.</summary>
/// <remarks>
/// Runs when the regions table is empty (a new database) or when forced; the catalog is read from
/// data/registry, which scripts/setup.sh installs. Upserts, so a forced re-run refreshes names and outlines.
/// </remarks>
public static class RegionSeeder
{
    /// <summary>Seeds the regions if none are stored (or always, when <paramref name="force"/>); returns how many were written.</summary>
    public static async Task<int> SeedAsync(NpgsqlDataSource dataSource, bool force, CancellationToken cancellationToken, IProgress<string>? progress = null)
    {
        var repository = new RegionRepository(dataSource);
        if (!force && await repository.CountAsync(cancellationToken).ConfigureAwait(false) > 0)
        {
            // Names stored before a change to the folding rules are marked stale by a migration.
            var refolded = await repository.RefoldStaleNamesAsync(cancellationToken).ConfigureAwait(false);
            if (refolded > 0)
            {
                progress?.Report($"refolded {refolded} region names after a change to the folding rules");
            }

            return 0;
        }

        progress?.Report("reading the region catalog (countries and first-level regions)");
        var regions = await Task.Run(() => RegionCatalog.Read(), cancellationToken).ConfigureAwait(false);
        progress?.Report($"storing {regions.Count} regions");
        return await repository.UpsertAsync(regions, cancellationToken).ConfigureAwait(false);
    }
}
