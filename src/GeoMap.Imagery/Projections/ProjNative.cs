using System.Runtime.InteropServices;

namespace GeoMap.Imagery.Projections;

/// <summary>The few functions of PROJ's C API (libproj, Debian's <c>libproj25</c>, PROJ 9) that GeoMap calls.</summary>
/// <remarks>
/// PROJ is the reference implementation of the EPSG registry (its <c>proj.db</c> holds every EPSG CRS and
/// transformation); no maintained .NET binding of it is in the package registry, so this is a thin binding of
/// the functions used, and nothing else. Every call takes or returns raw handles; <see cref="ProjHandle"/> owns them.
/// </remarks>
internal static partial class ProjNative
{
    private const string Library = "libproj.so.25";

    /// <summary>PJ_DIRECTION: forward.</summary>
    public const int Forward = 1;

    /// <summary>PJ_DIRECTION: inverse.</summary>
    public const int Inverse = -1;

    /// <summary>PJ_COORD: four doubles (x, y, z, t), a union in C; only the first two are used here.</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct Coord
    {
        public double X;
        public double Y;
        public double Z;
        public double T;
    }

    [LibraryImport(Library, EntryPoint = "proj_context_create")]
    public static partial IntPtr ContextCreate();

    [LibraryImport(Library, EntryPoint = "proj_context_destroy")]
    public static partial IntPtr ContextDestroy(IntPtr context);

    [LibraryImport(Library, EntryPoint = "proj_log_level")]
    public static partial int LogLevel(IntPtr context, int level);

    [LibraryImport(Library, EntryPoint = "proj_context_errno")]
    public static partial int ContextErrno(IntPtr context);

    [LibraryImport(Library, EntryPoint = "proj_context_errno_string", StringMarshalling = StringMarshalling.Utf8)]
    public static partial IntPtr ContextErrnoString(IntPtr context, int errno);

    [LibraryImport(Library, EntryPoint = "proj_create", StringMarshalling = StringMarshalling.Utf8)]
    public static partial IntPtr Create(IntPtr context, string definition);

    [LibraryImport(Library, EntryPoint = "proj_create_crs_to_crs_from_pj")]
    public static partial IntPtr CreateCrsToCrs(IntPtr context, IntPtr source, IntPtr target, IntPtr area, IntPtr options);

    [LibraryImport(Library, EntryPoint = "proj_normalize_for_visualization")]
    public static partial IntPtr NormalizeForVisualization(IntPtr context, IntPtr obj);

    [LibraryImport(Library, EntryPoint = "proj_get_type")]
    public static partial int GetType(IntPtr obj);

    [LibraryImport(Library, EntryPoint = "proj_get_name")]
    public static partial IntPtr GetName(IntPtr obj);

    [LibraryImport(Library, EntryPoint = "proj_destroy")]
    public static partial IntPtr Destroy(IntPtr obj);

    [LibraryImport(Library, EntryPoint = "proj_trans")]
    public static partial Coord Trans(IntPtr transform, int direction, Coord coord);

    /// <summary>PJ_TYPE values of geographic CRSs (2D and 3D), whose coordinates are degrees.</summary>
    public static bool IsGeographicType(int type) => type is 11 or 12 or 13;

    /// <summary>PJ_TYPE values of CRSs that GeoMap can place imagery in (geographic, projected, bound, compound).</summary>
    public static bool IsHorizontalCrsType(int type) => type is 8 or 9 or 11 or 12 or 13 or 15 or 16 or 19;
}
