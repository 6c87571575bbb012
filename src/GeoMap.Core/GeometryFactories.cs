using NetTopologySuite;
using NetTopologySuite.Geometries;

namespace GeoMap.Core;

/// <summary>Shared geometry factories, one per spatial reference system GeoMap stores.</summary>
public static class GeometryFactories
{
    /// <summary>EPSG:4326 (lon, lat), the SRID of every stored geometry.</summary>
    public static GeometryFactory Wgs84 { get; } =
        NtsGeometryServices.Instance.CreateGeometryFactory(srid: 4326);
}
