using System.Globalization;
using ProjNet.CoordinateSystems;
using ProjNet.CoordinateSystems.Transformations;

namespace GeoMap.Imagery.Projections;

/// <summary>A coordinate reference system an image can be georeferenced in, identified by EPSG code.</summary>
/// <remarks>Projected systems are evaluated on their own datum's lon/lat, which is taken as WGS 84:
/// NAD83 and ETRS89 differ from it by about a metre, well under a pixel of any imagery we tile.</remarks>
public sealed class Crs
{
    private readonly ProjectedCoordinateSystem? _projected;

    internal Crs(int epsg, string name, CrsKind kind, ProjectedCoordinateSystem? projected = null)
    {
        Epsg = epsg;
        Name = name;
        Kind = kind;
        _projected = projected;
    }

    /// <summary>EPSG code.</summary>
    public int Epsg { get; }

    /// <summary>Human name ("WGS 84 / UTM zone 18N").</summary>
    public string Name { get; }

    /// <summary>How coordinates relate to lon/lat.</summary>
    public CrsKind Kind { get; }

    /// <summary>True when coordinates are degrees of longitude and latitude.</summary>
    public bool IsGeographic => Kind == CrsKind.Geographic;

    /// <summary>Creates a converter between this CRS and lon/lat. A projector is not thread-safe:
    /// create one per thread.</summary>
    public IProjector CreateProjector() => Kind switch
    {
        CrsKind.Geographic => new IdentityProjector(),
        CrsKind.WebMercator => new WebMercatorProjector(),
        _ => new ProjNetProjector(_projected!),
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

    private sealed class ProjNetProjector : IProjector
    {
        private readonly MathTransform _forward;
        private readonly MathTransform _inverse;

        public ProjNetProjector(ProjectedCoordinateSystem projected)
        {
            var factory = new CoordinateTransformationFactory();
            var transform = factory.CreateFromCoordinateSystems(projected.GeographicCoordinateSystem, projected);
            _forward = transform.MathTransform;
            _inverse = transform.MathTransform.Inverse();
        }

        public (double X, double Y) FromLonLat(double lon, double lat)
        {
            _forward.Transform(ref lon, ref lat);
            return (lon, lat);
        }

        public (double Lon, double Lat) ToLonLat(double x, double y)
        {
            _inverse.Transform(ref x, ref y);
            return (x, y);
        }
    }
}

/// <summary>Families of coordinate reference systems, by how the tiler converts them.</summary>
public enum CrsKind
{
    /// <summary>Degrees of longitude and latitude.</summary>
    Geographic,

    /// <summary>EPSG:3857, converted with closed formulas.</summary>
    WebMercator,

    /// <summary>Any other projection, converted with ProjNET.</summary>
    Projected,
}

/// <summary>Converts between a CRS and lon/lat (degrees). Not thread-safe.</summary>
public interface IProjector
{
    /// <summary>Lon/lat to CRS coordinates.</summary>
    (double X, double Y) FromLonLat(double lon, double lat);

    /// <summary>CRS coordinates to lon/lat.</summary>
    (double Lon, double Lat) ToLonLat(double x, double y);
}
