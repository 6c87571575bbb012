using System.ComponentModel.DataAnnotations;

namespace GeoMap.Server.Fetching;

/// <summary>How GeoMap fetches a report's page from its URL (<c>GeoMap:Links</c>, see appsettings.Example.json).</summary>
public sealed class LinkSettings
{
    /// <summary>The configuration section.</summary>
    public const string Section = "GeoMap:Links";

    /// <summary>
    /// False (the default): a URL whose host resolves to a loopback, private, link-local or otherwise non-public address
    /// is refused, so that nobody can make the server fetch from the network it stands in (server-side request forgery).
    /// The command line, run by the machine's own user, allows them.
    /// </summary>
    public bool AllowPrivateAddresses { get; set; }

    /// <summary>Largest page fetched, in bytes; a larger one is refused without reading the rest.</summary>
    [Range(1024, 1L << 32)]
    public long MaxBytes { get; set; } = 10L * 1024 * 1024;

    /// <summary>Time budget of one fetch, redirects included, in seconds.</summary>
    [Range(1, 600)]
    public double TimeoutSeconds { get; set; } = 20;

    /// <summary>Redirects followed at most.</summary>
    [Range(0, 20)]
    public int MaxRedirects { get; set; } = 5;

    /// <summary>Least time between two requests to one host, in seconds: GeoMap never hammers a site.</summary>
    [Range(0, 3600)]
    public double MinSecondsPerHost { get; set; } = 1;

    /// <summary>The User-Agent sent.</summary>
    [Required]
    public string UserAgent { get; set; } = "GeoMap/1.0 (report ingest; +https://github.com/geomap)";
}
