using System.Text.Json;

namespace IpsMonitor.LocalHost;

/// <summary>
/// Reads local.settings.json the way the Functions host does: "Values" become top-level settings,
/// "ConnectionStrings" become ConnectionStrings:*, and environment variables override both.
/// </summary>
internal static class AppSettings
{
    public static void AddLocalSettings(this IConfigurationBuilder builder, string appRoot)
    {
        // A fresh clone has only the sample (emulator values, no secrets), so it is the fallback.
        var path = Path.Combine(appRoot, "local.settings.json");
        if (!File.Exists(path))
            path = Path.Combine(appRoot, "local.settings.sample.json");

        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        if (File.Exists(path))
        {
            var options = new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
            using var doc = JsonDocument.Parse(File.ReadAllText(path), options);
            if (doc.RootElement.TryGetProperty("Values", out var settings))
                foreach (var p in settings.EnumerateObject())
                    values[p.Name.Replace("__", ":", StringComparison.Ordinal)] = p.Value.ToString();
            if (doc.RootElement.TryGetProperty("ConnectionStrings", out var connections))
                foreach (var p in connections.EnumerateObject())
                    values["ConnectionStrings:" + p.Name] = p.Value.ToString();
            if (doc.RootElement.TryGetProperty("Host", out var host) && host.TryGetProperty("LocalHttpPort", out var port))
                values["Host:LocalHttpPort"] = port.ToString();
        }

        builder.AddInMemoryCollection(values);
        builder.AddEnvironmentVariables();
    }

    /// <summary>
    /// Settings as the local host and the admin commands read them: local settings, then the environment, then the given
    /// values, then the command line.
    /// </summary>
    public static IConfigurationRoot Build(string appRoot, IReadOnlyDictionary<string, string?> settings, string[] args)
    {
        var builder = new ConfigurationManager();
        builder.AddLocalSettings(appRoot);
        builder.AddInMemoryCollection(settings);
        builder.AddCommandLine(args);
        return builder;
    }

    /// <summary>The folder holding host.json: the current directory or one of its parents, else next to the binaries.</summary>
    public static string FindAppRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "host.json")))
                    return dir.FullName;
        }
        throw new InvalidOperationException("host.json was not found in the current directory or its parents. Run the host from the repository.");
    }
}
