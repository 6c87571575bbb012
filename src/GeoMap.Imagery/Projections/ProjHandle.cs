using System.Runtime.InteropServices;

namespace GeoMap.Imagery.Projections;

/// <summary>A PROJ object (a CRS or a transformation) together with the context it was made in.</summary>
/// <remarks>
/// PROJ objects belong to a context and are not thread-safe; each handle here owns its own context, so one
/// handle is used by one thread at a time (callers lock), and the object is destroyed before its context.
/// </remarks>
internal sealed class ProjHandle : SafeHandle
{
    private IntPtr _context;

    private ProjHandle(IntPtr context, IntPtr obj)
        : base(IntPtr.Zero, ownsHandle: true)
    {
        _context = context;
        SetHandle(obj);
    }

    /// <inheritdoc />
    public override bool IsInvalid => handle == IntPtr.Zero;

    /// <summary>Creates the CRS <paramref name="definition"/> ("EPSG:2154") and the transformation from WGS 84
    /// longitude/latitude to it, both in the traditional GIS axis order (longitude or easting first).</summary>
    /// <returns>The transformation, the CRS's name and whether its coordinates are degrees.</returns>
    /// <exception cref="ArgumentException">PROJ does not know the definition, or it is not a horizontal CRS.</exception>
    public static (ProjHandle Transform, string Name, bool Geographic) FromWgs84(string definition)
    {
        var context = ProjNative.ContextCreate();
        if (context == IntPtr.Zero)
        {
            throw new InvalidOperationException("PROJ could not create a context (is libproj25 installed?).");
        }

        _ = ProjNative.LogLevel(context, 0);
        IntPtr wgs84 = IntPtr.Zero, target = IntPtr.Zero, raw = IntPtr.Zero, normalized = IntPtr.Zero;
        try
        {
            target = ProjNative.Create(context, definition);
            if (target == IntPtr.Zero)
            {
                throw new ArgumentException(LastError(context, "PROJ does not know this CRS"));
            }

            var type = ProjNative.GetType(target);
            if (!ProjNative.IsHorizontalCrsType(type))
            {
                throw new ArgumentException("it is not a coordinate reference system for positions on the ground");
            }

            var name = Marshal.PtrToStringUTF8(ProjNative.GetName(target)) ?? definition;
            wgs84 = ProjNative.Create(context, "EPSG:4326");
            raw = wgs84 == IntPtr.Zero ? IntPtr.Zero : ProjNative.CreateCrsToCrs(context, wgs84, target, IntPtr.Zero, IntPtr.Zero);
            normalized = raw == IntPtr.Zero ? IntPtr.Zero : ProjNative.NormalizeForVisualization(context, raw);
            if (normalized == IntPtr.Zero)
            {
                throw new ArgumentException(LastError(context, "PROJ has no transformation from WGS 84 to it"));
            }

            var handle = new ProjHandle(context, normalized);
            context = IntPtr.Zero;
            normalized = IntPtr.Zero;
            return (handle, name, ProjNative.IsGeographicType(type));
        }
        finally
        {
            foreach (var obj in new[] { normalized, raw, wgs84, target })
            {
                if (obj != IntPtr.Zero)
                {
                    ProjNative.Destroy(obj);
                }
            }

            if (context != IntPtr.Zero)
            {
                ProjNative.ContextDestroy(context);
            }
        }
    }

    /// <summary>Transforms one position; NaN when PROJ has no answer (outside the projection's domain).</summary>
    public (double X, double Y) Transform(double x, double y, bool forward)
    {
        var result = ProjNative.Trans(handle, forward ? ProjNative.Forward : ProjNative.Inverse, new ProjNative.Coord { X = x, Y = y });
        // PROJ signals failure with HUGE_VAL in every component.
        return double.IsFinite(result.X) && double.IsFinite(result.Y) && Math.Abs(result.X) < 1e30
            ? (result.X, result.Y)
            : (double.NaN, double.NaN);
    }

    /// <inheritdoc />
    protected override bool ReleaseHandle()
    {
        ProjNative.Destroy(handle);
        if (_context != IntPtr.Zero)
        {
            ProjNative.ContextDestroy(_context);
            _context = IntPtr.Zero;
        }

        return true;
    }

    private static string LastError(IntPtr context, string fallback)
    {
        var errno = ProjNative.ContextErrno(context);
        var text = errno == 0 ? null : Marshal.PtrToStringUTF8(ProjNative.ContextErrnoString(context, errno));
        return string.IsNullOrWhiteSpace(text) ? fallback : $"{fallback}: {text}";
    }
}
