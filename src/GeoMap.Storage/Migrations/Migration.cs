using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace GeoMap.Storage.Migrations;

/// <summary>One versioned SQL script: <c>NNNN_name.sql</c>, run once, in its own transaction.</summary>
/// <param name="Version">The number before the underscore.</param>
/// <param name="Name">The rest of the file name.</param>
/// <param name="Sql">The script.</param>
public sealed record Migration(int Version, string Name, string Sql)
{
    /// <summary>SHA-256 of the script, to notice a script edited after it was applied.</summary>
    public string Checksum => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Sql.ReplaceLineEndings("\n"))));

    /// <summary>The scripts embedded in GeoMap.Storage, in version order.</summary>
    public static IReadOnlyList<Migration> Embedded()
    {
        var assembly = typeof(Migration).Assembly;
        const string prefix = "GeoMap.Storage.Migrations.";
        var list = new List<Migration>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal)))
        {
            var file = resource[prefix.Length..^4];
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            list.Add(Parse(file, reader.ReadToEnd()));
        }

        return [.. list.OrderBy(m => m.Version)];
    }

    /// <summary>Builds a migration from a file name like <c>0001_schema</c>.</summary>
    public static Migration Parse(string fileName, string sql)
    {
        var underscore = fileName.IndexOf('_', StringComparison.Ordinal);
        if (underscore <= 0 || !int.TryParse(fileName[..underscore], NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            throw new ArgumentException($"Migration '{fileName}' is not named NNNN_name.", nameof(fileName));
        }

        return new Migration(version, fileName[(underscore + 1)..], sql);
    }
}
