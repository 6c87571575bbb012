using System.Diagnostics;
using System.Text;

namespace GeoMap.Storage.Cluster;

/// <summary>Runs the PostgreSQL tools, as the postgres OS user when GeoMap runs as root.</summary>
/// <remarks>PostgreSQL refuses to run as root, and CI runs as root; runuser drops to the owner.</remarks>
internal sealed class ProcessRunner(string? runAsUser)
{
    public string? RunAsUser { get; } = runAsUser;

    public async Task<(int ExitCode, string Output)> RunAsync(string file, IReadOnlyList<string> arguments, CancellationToken cancellationToken, TimeSpan? timeout = null)
    {
        var info = new ProcessStartInfo
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        if (RunAsUser is null)
        {
            info.FileName = file;
        }
        else
        {
            info.FileName = "runuser";
            info.ArgumentList.Add("-u");
            info.ArgumentList.Add(RunAsUser);
            info.ArgumentList.Add("--");
            info.ArgumentList.Add(file);
        }

        foreach (var a in arguments)
        {
            info.ArgumentList.Add(a);
        }

        // Keep the server's messages in English whatever the caller's locale, so errors are searchable.
        info.Environment["LC_MESSAGES"] = "C";
        info.Environment["LANG"] = "C.UTF-8";

        using var process = Process.Start(info) ?? throw new ClusterException($"Could not start {file}.");
        process.StandardInput.Close();
        var output = new StringBuilder();
        var stdout = PumpAsync(process.StandardOutput, output);
        var stderr = PumpAsync(process.StandardError, output);
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout ?? TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeoutSource.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            if (cancellationToken.IsCancellationRequested)
            {
                throw;
            }

            throw new ClusterException($"{Path.GetFileName(file)} did not finish in time: {output}");
        }

        await Task.WhenAll(stdout, stderr).ConfigureAwait(false);
        return (process.ExitCode, output.ToString());
    }

    private static async Task PumpAsync(StreamReader reader, StringBuilder sink)
    {
        // pg_ctl start leaves the server holding our pipes; read lines until EOF or the process is gone.
        while (await reader.ReadLineAsync().ConfigureAwait(false) is { } line)
        {
            lock (sink)
            {
                sink.AppendLine(line);
            }
        }
    }
}
