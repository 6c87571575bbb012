namespace GeoMap.Imagery.Errors;

/// <summary>Base of every error the tiler raises for input a person can fix.</summary>
/// <remarks>The message is written for the analyst who supplied the file: it says what is wrong
/// and what to do. Callers show <see cref="Exception.Message"/> as is.</remarks>
public abstract class ImageryException : Exception
{
    /// <summary>Creates the error with a message a person can act on.</summary>
    protected ImageryException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}

/// <summary>The file is not one of the supported image types (checked by magic bytes, not the
/// extension), or uses a layout the tiler cannot read.</summary>
public sealed class UnsupportedImageException : ImageryException
{
    /// <summary>Creates the error.</summary>
    public UnsupportedImageException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}

/// <summary>The file is damaged: truncated, inconsistent header, undecodable pixels.</summary>
public sealed class CorruptImageException : ImageryException
{
    /// <summary>Creates the error.</summary>
    public CorruptImageException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}

/// <summary>The header claims more pixels than the configured budget; nothing was decoded.</summary>
public sealed class PixelBudgetExceededException : ImageryException
{
    /// <summary>Creates the error for an image of the given size.</summary>
    public PixelBudgetExceededException(long width, long height, long budget, string setting = "TilerOptions.MaxPixels")
        : base(string.Format(System.Globalization.CultureInfo.InvariantCulture,
            "The image claims {0} x {1} pixels ({2:N0}), above the pixel budget of {3:N0}. " +
            "Split or downsample it, or raise the budget ({4}) if the machine has the memory.",
            width, height, width * height, budget, setting))
    {
        Width = width;
        Height = height;
        Budget = budget;
    }

    /// <summary>Width the header claims, in pixels.</summary>
    public long Width { get; }

    /// <summary>Height the header claims, in pixels.</summary>
    public long Height { get; }

    /// <summary>The budget that was exceeded, in pixels.</summary>
    public long Budget { get; }
}

/// <summary>No way to place the image on the map: no GeoTIFF tags, no world file, no bounds,
/// no corners.</summary>
public sealed class MissingGeoreferenceException : ImageryException
{
    /// <summary>Creates the error.</summary>
    public MissingGeoreferenceException(string message)
        : base(message)
    {
    }
}

/// <summary>Bounds or corners that cannot be on the map: inverted, outside the world, or not
/// finite.</summary>
public sealed class InvalidBoundsException : ImageryException
{
    /// <summary>Creates the error.</summary>
    public InvalidBoundsException(string message)
        : base(message)
    {
    }
}

/// <summary>The coordinate reference system is not one GeoMap can project.</summary>
public sealed class UnsupportedCrsException : ImageryException
{
    /// <summary>Creates the error for the named CRS.</summary>
    public UnsupportedCrsException(string crs, string? detail = null)
        : base($"The coordinate reference system {crs} is not supported{(detail is null ? "" : $" ({detail})")}. " +
               "GeoMap takes any horizontal CRS of the EPSG registry (through PROJ), named as EPSG:<code>. " +
               "Reproject the image (e.g. gdalwarp -t_srs EPSG:3857) or give --bounds in lon/lat.")
    {
        Crs = crs;
    }

    /// <summary>The CRS as named in the input ("EPSG:2154", "user-defined").</summary>
    public string Crs { get; }
}

/// <summary>The requested zoom range is impossible or would produce an unreasonable number of tiles.</summary>
public sealed class InvalidZoomException : ImageryException
{
    /// <summary>Creates the error.</summary>
    public InvalidZoomException(string message)
        : base(message)
    {
    }
}

/// <summary>The image is cut into more strips or tiles than the configured budget; nothing was decoded.</summary>
public sealed class ChunkBudgetExceededException : ImageryException
{
    /// <summary>Creates the error for an image of <paramref name="chunks"/> strips or tiles.</summary>
    public ChunkBudgetExceededException(long chunks, string kind, long budget)
        : base(string.Format(System.Globalization.CultureInfo.InvariantCulture,
            "The image is cut into {0:N0} {1}, above the budget of {2:N0}: decoding it would take minutes and gigabytes. " +
            "Rewrite it with larger strips or tiles (gdal_translate -co TILED=YES), or raise the budget (TilerOptions.MaxChunks).",
            chunks, kind, budget))
    {
        Chunks = chunks;
        Budget = budget;
    }

    /// <summary>Strips or tiles the file lists.</summary>
    public long Chunks { get; }

    /// <summary>The budget that was exceeded.</summary>
    public long Budget { get; }
}

/// <summary>A photo's metadata holds values no camera writes (a latitude of 200, the year 9999, a clock offset of 30 hours, thousands of entries).</summary>
/// <remarks>Such a file is refused whole rather than stored with a wrong position or time: evidence must not be silently altered.</remarks>
public sealed class InvalidPhotoMetadataException : ImageryException
{
    /// <summary>Creates the error.</summary>
    public InvalidPhotoMetadataException(string message)
        : base(message)
    {
    }
}

/// <summary>Decoding needed more memory or time than the configured budget; the decode was stopped.</summary>
public sealed class DecodeBudgetExceededException : ImageryException
{
    /// <summary>Creates the error.</summary>
    public DecodeBudgetExceededException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}
