using System.Text.Json.Nodes;

namespace IpsMonitor.Tests.Hosting;

/// <summary>
/// The personal data's storage account on the ARM template that <c>bicep build</c> writes: reachable only from the
/// function app's subnet, the app's roles without any that can change access control, and HSTS decided from an https
/// public address (the app sends it on every answer when its configured address is not loopback http).
/// </summary>
public sealed class InfrastructureNetworkTests
{
    [Fact]
    public async Task TheDataAccountRefusesEveryNetworkButTheFunctionAppsSubnet()
    {
        var resources = await InfrastructureHardeningTests.Resources.Value;
        var data = Assert.Single(OfType(resources, "Microsoft.Storage/storageAccounts"), s => Text(s["name"]).Contains("'storageName'", StringComparison.Ordinal));
        var acls = data["properties"]!["networkAcls"]!;
        var app = Assert.Single(OfType(resources, "Microsoft.Web/sites"));
        var subnet = Text(app["properties"]!["virtualNetworkSubnetId"]);

        Assert.Equal("Deny", Text(acls["defaultAction"]));
        Assert.Equal("None", Text(acls["bypass"]));
        Assert.Empty(acls["ipRules"]!.AsArray());
        var rule = Assert.Single(acls["virtualNetworkRules"]!.AsArray());
        Assert.Equal(subnet, Text(rule!["id"]));
        Assert.Contains("Microsoft.Network/virtualNetworks/subnets", subnet, StringComparison.Ordinal);
        var appSubnet = Assert.Single(OfType(resources, "Microsoft.Network/virtualNetworks/subnets"));
        Assert.Contains("Microsoft.Storage", Text(appSubnet["properties"]!["serviceEndpoints"]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheAppsRolesOnItsDataAreContributorRolesNeverOwner()
    {
        var resources = await InfrastructureHardeningTests.Resources.Value;
        var onData = OfType(resources, "Microsoft.Authorization/roleAssignments")
            .Where(r => Text(r["scope"]).Contains("'storageName'", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(onData);
        Assert.All(onData, r => Assert.DoesNotContain("Owner", Text(r["properties"]!["roleDefinitionId"]), StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(resources, r => r!.ToJsonString().Contains("b7e6dc6d-f1e8-4753-8033-0f276bb0955b", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ThePublicAddressesAreHttpsSoEveryAnswerCarriesHsts()
    {
        var resources = await InfrastructureHardeningTests.Resources.Value;
        var settings = Assert.Single(OfType(resources, "Microsoft.Web/sites"))["properties"]!["siteConfig"]!["appSettings"]!.AsArray()
            .ToDictionary(s => Text(s!["name"]), s => Text(s!["value"]));

        // The settings name Bicep variables; their definitions give only https addresses (or the https base parameter).
        var source = File.ReadAllLines(IpsMonitor.Tests.Infrastructure.Repo.PathOf("infra", "main.bicep"));
        foreach (var (name, variable) in new[] { ("CheckIns__LinkBaseUrl", "linkBaseUrl"), ("Development__LinkBaseUrl", "developmentLinkBaseUrl") })
        {
            Assert.Equal($"[variables('{variable}')]", settings[name]);
            var definition = Assert.Single(source, l => l.StartsWith($"var {variable} =", StringComparison.Ordinal));
            Assert.Contains("'https://", definition, StringComparison.Ordinal);
            Assert.DoesNotContain("http://", definition, StringComparison.Ordinal);
        }
        Assert.True(new IpsMonitor.CheckIns.CheckInOptions { LinkBaseUrl = "https://ips.example.org/api/q/" }.PublicAddressIsSecure);
    }

    private static IEnumerable<JsonNode> OfType(JsonArray resources, string type) =>
        resources.Select(r => r!).Where(r => Text(r["type"]) == type);

    private static string Text(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : node?.ToJsonString() ?? "";
}
