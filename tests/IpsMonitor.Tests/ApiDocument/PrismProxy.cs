using System.Diagnostics;
using System.Net.Sockets;

namespace IpsMonitor.Tests.ApiDocument;

/// <summary>
/// Stoplight Prism as a validating proxy (<c>prism proxy … --errors</c>) in front of a running host: it checks every
/// request and every answer against the OpenAPI document. A request that breaks the document is refused by Prism itself
/// (its own problem type); an answer that breaks it comes back as Prism's violation error instead of the answer.
/// </summary>
internal sealed class PrismProxy : IAsyncDisposable
{
    public const string ErrorTypes = "https://stoplight.io/prism/errors#";

    private readonly Process process;
    private readonly StringBuilder log;

    private PrismProxy(Process process, StringBuilder log, Uri baseAddress)
    {
        this.process = process;
        this.log = log;
        BaseAddress = baseAddress;
    }

    /// <summary>
    /// The proxy's address of the API: paths as the document names them (/candidates/…), which Prism sends on to the
    /// upstream's …/api/ (the document's server is relative, /api, which Prism does not match in proxy mode).
    /// </summary>
    public Uri BaseAddress { get; }

    public string Log { get { lock (log) return log.ToString(); } }

    /// <remarks>
    /// Silent: Prism 5.16's log printer stops the process on a request whose body it cannot parse (it reads a URL from a
    /// log line that has none); its verdicts come back in the answers (--errors), so nothing is lost.
    /// </remarks>
    public static async Task<PrismProxy> StartAsync(string document, Uri upstream)
    {
        var port = FreePort();
        var start = new ProcessStartInfo(ContractTools.Bin("prism")) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "proxy", document, upstream.AbsoluteUri.TrimEnd('/'), "--errors", "--verboseLevel", "silent", "--host", "127.0.0.1", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture) })
            start.ArgumentList.Add(argument);
        var log = new StringBuilder();
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => { lock (log) log.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (log) log.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var proxy = new PrismProxy(process, log, new Uri($"http://127.0.0.1:{port}/"));
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            if (process.HasExited)
                throw new InvalidOperationException("Prism stopped: " + proxy.Log);
            try
            {
                using var socket = new TcpClient();
                await socket.ConnectAsync(IPAddress.Loopback, port);
                return proxy;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(250);
            }
        }
    }

    private static int FreePort() => Infrastructure.AppProcess.FreePort();

    public ValueTask DisposeAsync()
    {
        if (!process.HasExited)
            process.Kill(entireProcessTree: true);
        process.WaitForExit(10_000);
        process.Dispose();
        return ValueTask.CompletedTask;
    }
}
