using System.Text.Json;

namespace GeoMap.Storage.Cluster;

/// <summary>What GeoMap remembers about its managed cluster: port and password (file mode 600).</summary>
internal sealed record ClusterState(int Port, string Password, string User)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public static ClusterState? Read(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<ClusterState>(File.ReadAllText(path));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public void Write(string path)
    {
        var temp = path + ".tmp";
        File.WriteAllText(temp, JsonSerializer.Serialize(this, Json));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(temp, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        File.Move(temp, path, overwrite: true);
    }
}
