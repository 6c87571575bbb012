using GeoMap.Core.Corroboration;
using GeoMap.Core.Movements;
using GeoMap.Core.Places;
using GeoMap.Core.Reports;
using GeoMap.Geoparsing.Duplicates;
using GeoMap.Storage.Repositories;

namespace GeoMap.Server.Ingest;

/// <summary>
/// Stores an analysed report: recognises it as a near-copy of a stored report (<see cref="ReportFingerprint"/> looked up
/// by its bands), then stores it with its mentions and its movements as claims, linked by the grouping rule.
/// </summary>
/// <remarks>The second half of <see cref="ReportIngest"/>, apart so that a benchmark can store reports it generated.</remarks>
public sealed class ReportStore(ReportRepository reports, Microsoft.Extensions.Options.IOptions<GroupingSettings> grouping)
{
    /// <summary>Stores the report, marked as a copy of its original when it is one; idempotent by text like <see cref="ReportRepository.AddAsync"/>.</summary>
    /// <param name="report">The report.</param>
    /// <param name="mentions">Places it names.</param>
    /// <param name="movements">Movements it states, each stored as a claim.</param>
    /// <param name="createdBy">Who.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <param name="deferDurability">Commit without waiting for the disk; see <see cref="ReportRepository.AddAsync"/> and <see cref="ReportRepository.FlushAsync"/>.</param>
    /// <exception cref="CorroborationException">Its claims would link to too many tracked movements; nothing was stored.</exception>
    public async Task<IngestResult> StoreAsync(
        Report report, IReadOnlyList<Mention> mentions, IReadOnlyList<Movement> movements, string createdBy, CancellationToken cancellationToken, bool deferDurability = false)
    {
        ArgumentNullException.ThrowIfNull(report);
        var fingerprint = ReportFingerprint.Of(report.Text);
        if (fingerprint is null)
        {
            return await reports.AddAsync(report, mentions, movements, createdBy, cancellationToken, deferDurability: deferDurability).ConfigureAwait(false);
        }

        // The band lookup returns the likeliest first (most shared bands); the original, or a copy of it, is among the first few.
        return await reports.AddAsync(
            report, mentions, movements, createdBy, cancellationToken, new ReportSignature(fingerprint.Signature, fingerprint.BandKeys()),
            candidates => fingerprint.OriginalAmong(candidates, grouping.Value.DuplicateSimilarity), deferDurability).ConfigureAwait(false);
    }
}
