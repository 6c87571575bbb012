using System.Globalization;

namespace GeoMap.Imagery.Projections;

/// <summary>A coordinate reference system an image can be georeferenced in, identified by EPSG code.</summary>
/// <remarks>
/// WGS 84 longitude/latitude and Web Mercator are converted with closed formulas; every other EPSG CRS
/// (projected, or geographic on another datum such as Pulkovo 1942) goes through PROJ, with the datum
/// transformation PROJ chooses from the EPSG registry. See <see cref="CrsFactory"/>.
/// </remarks>
public sealed class Crs
{
    private readonly string? _definition;

    internal Crs(int epsg, string name, CrsKind kind, bool isGeographic, string? definition = null)
    {
        Epsg = epsg;
        Name = name;
        Kind = kind;
        IsGeographic = isGeographic;
        _definition = definition;
    }

    /// <summary>EPSG code.</summary>
    public int Epsg { get; }

    /// <summary>Human name ("WGS 84 / UTM zone 18N"), as the EPSG registry gives it.</summary>
    public string Name { get; }

    /// <summary>How coordinates relate to WGS 84 lon/lat.</summary>
    public CrsKind Kind { get; }

    /// <summary>True when coordinates are degrees of longitude and latitude (on any datum).</summary>
    public bool IsGeographic { get; }

    /// <summary>Creates a converter between this CRS and WGS 84 lon/lat. Thread-safe, but each call of a
    /// projector through PROJ is serialized: create one per thread for parallel work.</summary>
    public IProjector CreateProjector() => Kind switch
    {
        CrsKind.Geographic => new IdentityProjector(),
        CrsKind.WebMercator => new WebMercatorProjector(),
        _ => new ProjProjector(ProjHandle.FromWgs84(_definition!).Transform),
    };

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"EPSG:{Epsg} ({Name})");

    private sealed class IdentityProjector : IProjector
    {
        public (double X, double Y) FromLonLat(double lon, double lat) => (lon, lat);

        public (double Lon, double Lat) ToLonLat(double x, double y) => (x, y);
    }

    private sealed class WebMercatorProjector : IProjector
    {
        public (double X, double Y) FromLonLat(double lon, double lat) => WebMercator.FromLonLat(lon, lat);

        public (double Lon, double Lat) ToLonLat(double x, double y) => WebMercator.ToLonLat(x, y);
    }

    private sealed class ProjProjector(ProjHandle transform) : IProjector
    {
        private readonly Lock _gate = new();

        public (double X, double Y) FromLonLat(double lon, double lat)
        {
            lock (_gate)
            {
                return transform.Transform(lon, lat, forward: true);
            }
        }

        public (double Lon, double Lat) ToLonLat(double x, double y)
        {
            lock (_gate)
            {
                return transform.Transform(x, y, forward: false);
            }
        }
    }
}

/// <summary>Families of coordinate reference systems, by how the tiler converts them.</summary>
public enum CrsKind
{
    /// <summary>WGS 84 degrees of longitude and latitude (EPSG:4326): no conversion.</summary>
    Geographic,

    /// <summary>EPSG:3857, converted with closed formulas.</summary>
    WebMercator,

    /// <summary>Any other CRS, projected or geographic on another datum, converted by PROJ.</summary>
    Projected,
}

/// <summary>Converts between a CRS and WGS 84 lon/lat (degrees).</summary>
public interface IProjector
{
    /// <summary>Lon/lat to CRS coordinates; NaN where the CRS has no answer.</summary>
    (double X, double Y) FromLonLat(double lon, double lat);

    /// <summary>CRS coordinates to lon/lat; NaN where the CRS has no answer.</summary>
    (double Lon, double Lat) ToLonLat(double x, double y);
}
