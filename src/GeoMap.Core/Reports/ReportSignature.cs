namespace GeoMap.Core.Reports;

/// <summary>A report text's near-duplicate fingerprint as stored: its MinHash values and the band keys to look it up by.</summary>
/// <param name="MinHash">The MinHash signature (GeoMap.Geoparsing <c>ReportFingerprint</c>).</param>
/// <param name="Bands">One lookup key per band of the signature.</param>
public sealed record ReportSignature(IReadOnlyList<int> MinHash, IReadOnlyList<long> Bands);

/// <summary>A stored report that may be the original of a new one: its id, the original it copies if any, and its signature.</summary>
/// <param name="Id">The stored report.</param>
/// <param name="CopyOfReportId">The report it is itself a copy of, if any.</param>
/// <param name="MinHash">Its MinHash signature.</param>
public sealed record ReportCandidate(long Id, long? CopyOfReportId, IReadOnlyList<int> MinHash);
