using System.Globalization;
using System.Text;
using GeoMap.Core.Movements;
using GeoMap.Storage.Repositories;

namespace GeoMap.Server.Json;

/// <summary>
/// Movements as CSV, one row per movement, with ACLED-like columns (event_id_cnty, event_date, year, time_precision,
/// event_type, sub_event_type, actor1, country, location, latitude, longitude, …, notes) so the rows drop into tools built for ACLED.
/// </summary>
public sealed class MovementCsvResult(IReadOnlyList<Movement> movements) : IResult
{
    /// <summary>The header row.</summary>
    public static readonly string[] Columns =
    [
        "event_id_cnty", "event_date", "end_date", "year", "time_precision", "event_type", "sub_event_type", "actor1", "actor1_country",
        "unit", "strength_min", "strength_max", "strength_text", "status", "transport_mode", "movement_kind", "origin", "origin_latitude", "origin_longitude",
        "location", "country", "latitude", "longitude", "source", "source_country", "report_id", "confidence", "notes",
    ];

    /// <inheritdoc />
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.ContentType = "text/csv; charset=utf-8";
        httpContext.Response.Headers.ContentDisposition = "attachment; filename=\"movements.csv\"";
        var text = new StringBuilder();
        text.AppendJoin(',', Columns).Append("\r\n");
        foreach (var m in movements)
        {
            AppendRow(text, m);
        }

        await httpContext.Response.WriteAsync(text.ToString(), Encoding.UTF8, httpContext.RequestAborted);
    }

    private static void AppendRow(StringBuilder text, Movement m)
    {
        var at = m.Destination ?? m.Via.LastOrDefault() ?? m.Origin;
        string D(DateTimeOffset? t) => t?.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
        string N(double? v) => v?.ToString("0.######", CultureInfo.InvariantCulture) ?? "";
        string I(long? v) => v?.ToString(CultureInfo.InvariantCulture) ?? "";

        // The period's end is exclusive at day precision; the last day it covers is one tick earlier.
        var lastDay = m.Period.End is { } end && m.Period.Start is { } start && end > start ? end.AddTicks(-1) : m.Period.End;
        string[] cells =
        [
            string.Create(CultureInfo.InvariantCulture, $"GM{m.Id}"), D(m.Period.Start), D(lastDay), m.Period.Start?.Year.ToString(CultureInfo.InvariantCulture) ?? "",
            DbText.Of(m.Period.Precision), "Strategic developments", "Troop movement", m.Actor ?? "", m.ActorCountry ?? "",
            m.Unit ?? "", I(m.Strength?.Min), I(m.Strength?.Max), m.Strength?.Text ?? "", DbText.Of(m.Status), DbText.Of(m.Mode), DbText.Of(m.Kind),
            m.Origin?.Name ?? "", N(m.Origin?.Lat), N(m.Origin?.Lon),
            at?.Name ?? "", at?.CountryCode ?? "", N(at?.Lat), N(at?.Lon), m.Source?.Name ?? "", m.Source?.CountryCode ?? "",
            I(m.ReportId), N(m.Confidence), m.Sentence,
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
