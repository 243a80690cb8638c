using System.Diagnostics;

namespace IpsMonitor.LocalHost;

/// <summary>
/// A Node tool from the app's node_modules (Azurite, MailDev) run beside the local host: installed on first use, its
/// output drained so a full pipe never blocks it, and ready once each of its ports answers.
/// </summary>
internal static class NodeTool
{
    public static async Task<Process> StartAsync(string appRoot, string script, string arguments, string name)
    {
        if (!File.Exists(script))
            await Azurite.NpmCiAsync(appRoot);
        var start = new ProcessStartInfo("node", $"\"{script}\" {arguments}")
        {
            WorkingDirectory = appRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException($"{name} did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Waits up to a minute for every port; a tool that exits or stays silent is stopped, and the failure named.</summary>
    public static async Task WaitAsync(Process process, IDisposable tool, string failure, params int[] ports)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!ports.All(Azurite.Answers))
        {
            if (process.HasExited || DateTime.UtcNow > deadline)
            {
                tool.Dispose();
                throw new InvalidOperationException(failure);
            }
            await Task.Delay(100);
        }
    }
}
