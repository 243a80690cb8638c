using System.Diagnostics;
using System.Reflection;
using System.Text.Json.Nodes;

namespace IpsMonitor.Tests.Hosting;

/// <summary>
/// Properties of the ARM template that <c>bicep build</c> writes from infra/main.bicep: the deployment package apart from
/// the personal data, data-plane access logged, no basic publishing credentials, and the app's identity named explicitly.
/// </summary>
public sealed class InfrastructureHardeningTests
{
    internal static readonly Lazy<Task<JsonArray>> Resources = new(BuildAsync);

    [Fact]
    public async Task TheDeploymentPackageLivesInItsOwnAccountThatOnlyTheDeploymentIdentityCanWrite()
    {
        var resources = await Resources.Value;
        var app = Single(resources, "Microsoft.Web/sites");
        var storage = app["properties"]!["functionAppConfig"]!["deployment"]!["storage"]!;

        Assert.Contains("packageStorageName", Text(storage["value"]), StringComparison.Ordinal);
        Assert.DoesNotContain("'storageName'", Text(storage["value"]), StringComparison.Ordinal);
        Assert.Equal("UserAssignedIdentity", Text(storage["authentication"]!["type"]));
        Assert.Contains("Microsoft.ManagedIdentity/userAssignedIdentities", Text(storage["authentication"]!["userAssignedIdentityResourceId"]), StringComparison.Ordinal);

        var containers = OfType(resources, "Microsoft.Storage/storageAccounts/blobServices/containers").Select(c => Text(c["name"])).ToList();
        Assert.Contains(containers, c => c.Contains("packageStorageName", StringComparison.Ordinal) && c.Contains("deploymentContainer", StringComparison.Ordinal));
        Assert.All(containers.Where(c => c.Contains("'storageName'", StringComparison.Ordinal)), c => Assert.DoesNotContain("deploymentContainer", c, StringComparison.Ordinal));

        var roles = OfType(resources, "Microsoft.Authorization/roleAssignments").ToList();
        var onPackage = roles.Where(r => Text(r["scope"]).Contains("packageStorageName", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(onPackage);
        Assert.All(onPackage, r => Assert.Contains("userAssignedIdentities", Text(r["properties"]!["principalId"]), StringComparison.Ordinal));
        var onData = roles.Where(r => Text(r["scope"]).Contains("'storageName'", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(onData);
        Assert.All(onData, r => Assert.DoesNotContain("userAssignedIdentities", Text(r["properties"]!["principalId"]), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Microsoft.Storage/storageAccounts/blobServices")]
    [InlineData("Microsoft.Storage/storageAccounts/queueServices")]
    [InlineData("Microsoft.Storage/storageAccounts/tableServices")]
    public async Task DataPlaneReadsOfThePersonalDataGoToLogAnalytics(string service)
    {
        var resources = await Resources.Value;
        var settings = OfType(resources, "Microsoft.Insights/diagnosticSettings")
            .Where(d => Text(d["scope"]).Contains($"'{service}'", StringComparison.Ordinal) && Text(d["scope"]).Contains("'storageName'", StringComparison.Ordinal))
            .ToList();

        var setting = Assert.Single(settings);
        Assert.Contains("Microsoft.OperationalInsights/workspaces", Text(setting["properties"]!["workspaceId"]), StringComparison.Ordinal);
        var logs = setting["properties"]!["logs"]!.AsArray();
        Assert.Contains(logs, l => Text(l!["category"]) == "StorageRead" && l!["enabled"]!.GetValue<bool>());
    }

    [Theory]
    [InlineData("scm")]
    [InlineData("ftp")]
    public async Task BasicPublishingCredentialsAreDisabled(string kind)
    {
        var resources = await Resources.Value;
        var policy = Assert.Single(OfType(resources, "Microsoft.Web/sites/basicPublishingCredentialsPolicies"), p => Text(p["name"]).Contains($"'{kind}'", StringComparison.Ordinal));

        Assert.False(policy["properties"]!["allow"]!.GetValue<bool>());
    }

    [Fact]
    public async Task TheAppReachesItsDataAsItsOwnSystemAssignedIdentity()
    {
        var resources = await Resources.Value;
        var app = Single(resources, "Microsoft.Web/sites");
        var settings = app["properties"]!["siteConfig"]!["appSettings"]!.AsArray()
            .ToDictionary(s => Text(s!["name"]), s => Text(s!["value"]));

        Assert.Equal("managedidentity", settings["AzureWebJobsStorage__credential"]);
        // With the deployment identity attached as well, a client id would choose it; none means the system-assigned one.
        Assert.False(settings.ContainsKey("AzureWebJobsStorage__clientId"));
        Assert.DoesNotContain(settings, s => s.Key.Contains("ConnectionString", StringComparison.Ordinal) && s.Key != "APPLICATIONINSIGHTS_CONNECTION_STRING");
        Assert.Contains("SystemAssigned", Text(app["identity"]!["type"]), StringComparison.Ordinal);

        var roles = OfType(resources, "Microsoft.Authorization/roleAssignments")
            .Where(r => Text(r["scope"]).Contains("'storageName'", StringComparison.Ordinal));
        Assert.All(roles, r => Assert.Contains("Microsoft.Web/sites", Text(r["properties"]!["principalId"]), StringComparison.Ordinal));
    }

    internal static IEnumerable<JsonNode> OfType(JsonArray resources, string type) =>
        resources.Select(r => r!).Where(r => Text(r["type"]) == type);

    private static JsonNode Single(JsonArray resources, string type) => Assert.Single(OfType(resources, type));

    internal static string Text(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : node?.ToJsonString() ?? "";

    private static async Task<JsonArray> BuildAsync()
    {
        var bicep = typeof(InfrastructureHardeningTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "BicepPath").Value!;
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(bicep, File.GetUnixFileMode(bicep) | UnixFileMode.UserExecute);
        var start = new ProcessStartInfo(bicep, $"build \"{Repo.PathOf("infra", "main.bicep")}\" --stdout") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["BICEP_TRACING_ENABLED"] = "false";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, await stderr);
        return JsonNode.Parse(await stdout)!["resources"]!.AsArray();
    }
}
