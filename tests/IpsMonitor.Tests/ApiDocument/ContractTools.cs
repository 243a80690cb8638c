using System.Diagnostics;

namespace IpsMonitor.Tests.ApiDocument;

/// <summary>The served OpenAPI document on disk, and the npm tools that check it (installed from package-lock.json).</summary>
internal static class ContractTools
{
    /// <summary>Fetches GET /api/openapi.json from a running host and writes it to a file of its own.</summary>
    public static async Task<string> WriteDocumentAsync(HttpClient client)
    {
        var text = await client.GetStringAsync(new Uri("openapi.json", UriKind.Relative));
        var path = Path.Combine(Path.GetTempPath(), $"ipsmonitor-openapi-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, text);
        return path;
    }

    public static string Bin(string tool) => Repo.PathOf("node_modules", ".bin", tool);

    /// <summary>Runs a tool to its end: exit code and everything it wrote.</summary>
    public static async Task<(int Exit, string Output, string Errors)> RunAsync(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(Bin(tool)) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Repo.Root };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await errors);
    }
}
