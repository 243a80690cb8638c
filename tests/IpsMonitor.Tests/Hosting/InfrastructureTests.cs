using System.Diagnostics;
using System.Reflection;

namespace IpsMonitor.Tests.Hosting;

public sealed class InfrastructureTests
{
    private static readonly string Bicep = typeof(InfrastructureTests).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "BicepPath").Value!;

    [Fact]
    public async Task TheBicepBuildsWithoutErrorsOrWarnings()
    {
        var output = Path.Combine(Path.GetTempPath(), $"ipsmonitor-{Guid.NewGuid():N}.json");
        var (exit, text) = await RunBicep($"build \"{Repo.PathOf("infra", "main.bicep")}\" --outfile \"{output}\"");

        Assert.True(exit == 0, text);
        Assert.DoesNotContain("Warning", text, StringComparison.OrdinalIgnoreCase);
        var template = await File.ReadAllTextAsync(output);
        Assert.Contains("Microsoft.Web/sites", template, StringComparison.Ordinal);
        Assert.Contains("\"allowSharedKeyAccess\": false", template, StringComparison.Ordinal);
        File.Delete(output);
    }

    [Fact]
    public async Task TheBicepLintsClean()
    {
        var (exit, text) = await RunBicep($"lint \"{Repo.PathOf("infra", "main.bicep")}\"");

        Assert.True(exit == 0, text);
        Assert.DoesNotContain("Warning", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Error", text, StringComparison.OrdinalIgnoreCase);
    }

    private static async Task<(int Exit, string Output)> RunBicep(string arguments)
    {
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(Bicep, File.GetUnixFileMode(Bicep) | UnixFileMode.UserExecute);
        var start = new ProcessStartInfo(Bicep, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["BICEP_TRACING_ENABLED"] = "false";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }
}
