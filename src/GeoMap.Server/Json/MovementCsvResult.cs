using System.Globalization;
using System.Text;
using GeoMap.Core;
using GeoMap.Core.Corroboration;
using GeoMap.Core.Movements;
using GeoMap.Storage.Repositories;
using GeoMap.Core.Time;

namespace GeoMap.Server.Json;

/// <summary>
/// Tracked movements as CSV, one row per movement (or, made by <see cref="ForClaims"/>, claims: one row per claim), with ACLED-like columns (event_id_cnty, event_date, year, time_precision,
/// event_type, sub_event_type, actor1, country, location, latitude, longitude, …, notes) so the rows drop into tools built for ACLED.
/// </summary>
/// <remarks>
/// Besides the origin and the destination (<c>location</c>), a route's via places are kept: <c>via</c> their names and
/// <c>via_coordinates</c> each one's latitude,longitude, both in route order and separated by "; ".
/// </remarks>
public sealed class MovementCsvResult : IResult
{
    /// <summary>The columns a claims export adds before <see cref="Columns"/> and after them.</summary>
    public static readonly string[] ClaimColumns = ["claim_id", "movement_id"];

    /// <summary>The columns a claims export adds after the movement columns.</summary>
    public static readonly string[] ClaimReportColumns = ["published_at", "outlet", "url", "copy_of_report_id", "link_reason"];

    private readonly IReadOnlyList<Movement> movements;
    private readonly IReadOnlyList<Claim>? claims;

    /// <summary>One row per tracked movement.</summary>
    public MovementCsvResult(IReadOnlyList<Movement> movements)
    {
        this.movements = movements;
    }

    private MovementCsvResult(IReadOnlyList<Claim> claims)
    {
        movements = [];
        this.claims = claims;
    }

    /// <summary>One row per claim: its id and tracked movement, the movement columns as the report states it, then its report.</summary>
    public static MovementCsvResult ForClaims(IReadOnlyList<Claim> claims) => new(claims);

    /// <summary>The header row.</summary>
    public static readonly string[] Columns =
    [
        "event_id_cnty", "event_date", "end_date", "year", "time_precision", "event_type", "sub_event_type", "actor1", "actor1_country",
        "unit", "strength_min", "strength_max", "strength_text", "status", "transport_mode", "movement_kind", "origin", "origin_latitude", "origin_longitude",
        "via", "via_coordinates",
        "location", "country", "latitude", "longitude", "source", "source_country", "report_id", "confidence", "notes",
        "claim_count", "source_count", "flags",
    ];

    /// <inheritdoc />
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.ContentType = "text/csv; charset=utf-8";
        httpContext.Response.Headers.ContentDisposition = claims is null ? "attachment; filename=\"movements.csv\"" : "attachment; filename=\"claims.csv\"";
        var text = new StringBuilder();
        if (claims is null)
        {
            text.AppendJoin(',', Columns).Append("\r\n");
            foreach (var m in movements)
            {
                AppendRow(text, m.Id, m, []);
            }
        }
        else
        {
            text.AppendJoin(',', ClaimColumns.Concat(Columns).Concat(ClaimReportColumns)).Append("\r\n");
            foreach (var c in claims)
            {
                string[] before = [c.Id.ToString(CultureInfo.InvariantCulture), c.MovementId.ToString(CultureInfo.InvariantCulture)];
                string[] after =
                [
                    (c.PublishedAt is { } published ? Timestamp.Text(published) : ""), c.Outlet ?? "", c.ReportUrl ?? "",
                    c.CopyOfReportId?.ToString(CultureInfo.InvariantCulture) ?? "", c.LinkReason ?? "",
                ];
                AppendRow(text, c.Id, c.Statement, before, after);
            }
        }

        await httpContext.Response.WriteAsync(text.ToString(), Encoding.UTF8, httpContext.RequestAborted);
    }

    private static void AppendRow(StringBuilder text, long id, Movement m, string[] before, string[]? after = null)
    {
        var at = m.Destination ?? m.Via.LastOrDefault() ?? m.Origin;
        string D(DateTimeOffset? t) => t?.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
        string N(double? v) => v?.ToString("0.######", CultureInfo.InvariantCulture) ?? "";
        string I(long? v) => v?.ToString(CultureInfo.InvariantCulture) ?? "";

        // The period's end is exclusive at day precision; the last day it covers is one tick earlier.
        var lastDay = m.Period.End is { } end && m.Period.Start is { } start && end > start ? end.AddTicks(-1) : m.Period.End;
        string[] cells =
        [
            .. before, string.Create(CultureInfo.InvariantCulture, $"GM{id}"), D(m.Period.Start), D(lastDay), m.Period.Start?.Year.ToString(CultureInfo.InvariantCulture) ?? "",
            Vocabulary.Of(m.Period.Precision), "Strategic developments", "Troop movement", m.Actor ?? "", m.ActorCountry ?? "",
            m.Unit ?? "", I(m.Strength?.Min), I(m.Strength?.Max), m.Strength?.Text ?? "", Vocabulary.Of(m.Status), Vocabulary.Of(m.Mode), Vocabulary.Of(m.Kind),
            m.Origin?.Name ?? "", N(m.Origin?.Lat), N(m.Origin?.Lon),
            string.Join("; ", m.Via.Select(v => v.Name)), string.Join("; ", m.Via.Select(v => $"{N(v.Lat)},{N(v.Lon)}")),
            at?.Name ?? "", at?.CountryCode ?? "", N(at?.Lat), N(at?.Lon), m.Source?.Name ?? "", m.Source?.CountryCode ?? "",
            I(m.ReportId), N(m.Confidence), m.Sentence,
            I(m.Corroboration?.ClaimCount), I(m.Corroboration?.SourceCount),
            string.Join("; ", (m.Corroboration?.Flags ?? []).Where(f => f.State != "dismissed").Select(f => $"{f.Kind}: {f.Detail}")),
            .. after ?? [],
        ];
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0)
            {
                text.Append(',');
            }

            Escape(text, cells[i]);
        }

        text.Append("\r\n");
    }

    /// <summary>RFC 4180 quoting; a leading = + - @ is prefixed with ' so a spreadsheet does not run it as a formula.</summary>
    private static void Escape(StringBuilder text, string cell)
    {
        if (cell.Length > 0 && cell[0] is '=' or '+' or '@' or '\t' or '\r' || (cell.Length > 1 && cell[0] == '-' && !char.IsAsciiDigit(cell[1])))
        {
            cell = "'" + cell;
        }

        if (cell.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            text.Append(cell);
            return;
        }

        text.Append('"').Append(cell.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }
}
