using System.Diagnostics;
using System.Globalization;

namespace GeoMap.Server.Tests.Interop;

/// <summary>Runs a client program (GDAL's utilities, PyQGIS) to its end and returns what it printed.</summary>
internal static class ExternalTool
{
    /// <summary>Runs <paramref name="tool"/>; a non-zero exit fails the test with everything the tool said.</summary>
    public static async Task<string> RunAsync(string tool, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["GDAL_HTTP_TIMEOUT"] = "60";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"'{tool}' is not installed: scripts/setup.sh installs GDAL and QGIS (gdal-bin, python3-qgis) for the interoperability tests.", e);
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            var text = await stdout;
            Assert.True(process.ExitCode == 0, $"{tool} {string.Join(' ', start.ArgumentList)} exited {process.ExitCode.ToString(CultureInfo.InvariantCulture)}: {await stderr}\n{text}");
            return text;
        }
    }
}
