using System.Text.Json.Nodes;

namespace IpsMonitor.Tests.Hosting;

/// <summary>
/// The append-only audit on the ARM template that <c>bicep build</c> writes: an account of its own, on which the app's
/// only role is a custom one that reads and adds table rows, and no role anywhere covers it by a wider scope.
/// </summary>
public sealed class InfrastructureAuditTests
{
    private const string AuditAccount = "'auditStorageName'";

    private static readonly string[] ReadAndAdd =
    [
        "Microsoft.Storage/storageAccounts/tableServices/tables/entities/read",
        "Microsoft.Storage/storageAccounts/tableServices/tables/entities/add/action",
    ];

    [Fact]
    public async Task TheAppsOnlyRoleOnTheAuditAccountReadsAndAddsRowsAndCanChangeOrDeleteNothing()
    {
        var resources = await InfrastructureHardeningTests.Resources.Value;
        var assignments = OfType(resources, "Microsoft.Authorization/roleAssignments").ToList();

        // A role given at the resource group or above would cover the audit account too: every one names its resource.
        Assert.All(assignments, a => Assert.False(string.IsNullOrEmpty(Text(a["scope"])), Text(a["name"])));
        var onAudit = Assert.Single(assignments, a => OnAudit(a["scope"]));
        Assert.Contains("Microsoft.Web/sites", Text(onAudit["properties"]?["principalId"]), StringComparison.Ordinal);
        var roleId = Text(onAudit["properties"]?["roleDefinitionId"]);
        var role = Assert.Single(OfType(resources, "Microsoft.Authorization/roleDefinitions"),
            d => roleId.Contains(Inner(Text(d["name"])), StringComparison.Ordinal));

        Assert.Equal("CustomRole", Text(role["properties"]?["type"]));
        var permissions = Assert.Single(role["properties"]?["permissions"]?.AsArray() ?? []);
        Assert.Empty(Strings(permissions?["actions"]));
        Assert.Empty(Strings(permissions?["notDataActions"]));
        var dataActions = Strings(permissions?["dataActions"]);
        Assert.Equal(ReadAndAdd.Order(StringComparer.Ordinal), dataActions.Order(StringComparer.Ordinal));
        Assert.All(dataActions, a => Assert.DoesNotMatch("(?i)\\*|delete|write|update", a));
    }

    [Fact]
    public async Task TheAuditAccountIsReachedOnlyFromTheAppsSubnetByIdentityAndCannotBeDeletedUnnoticed()
    {
        var resources = await InfrastructureHardeningTests.Resources.Value;
        var account = Assert.Single(OfType(resources, "Microsoft.Storage/storageAccounts"), s => OnAudit(s["name"]));
        var app = Assert.Single(OfType(resources, "Microsoft.Web/sites"));
        var settings = app["properties"]?["siteConfig"]?["appSettings"]?.AsArray()
            .ToDictionary(s => Text(s?["name"]), s => Text(s?["value"])) ?? [];

        Assert.False(account["properties"]?["allowSharedKeyAccess"]?.GetValue<bool>());
        var acls = account["properties"]?["networkAcls"];
        Assert.Equal("Deny", Text(acls?["defaultAction"]));
        Assert.Equal("None", Text(acls?["bypass"]));
        var rule = Assert.Single(acls?["virtualNetworkRules"]?.AsArray() ?? []);
        Assert.Equal(Text(app["properties"]?["virtualNetworkSubnetId"]), Text(rule?["id"]));
        // The app has no right to create tables there, so the deployment makes the audit's.
        Assert.Contains(OfType(resources, "Microsoft.Storage/storageAccounts/tableServices/tables"),
            t => OnAudit(t["name"]) && Text(t["name"]).Contains("auditTableName", StringComparison.Ordinal));
        var audit = settings[AuditTable.Setting + "__tableServiceUri"];
        Assert.Contains(AuditAccount, audit, StringComparison.Ordinal);
        Assert.Contains("primaryEndpoints.table", audit, StringComparison.Ordinal);
        Assert.DoesNotContain(settings.Keys,
            k => k.StartsWith(AuditTable.Setting, StringComparison.Ordinal) && k != AuditTable.Setting + "__tableServiceUri");
        var locked = Assert.Single(OfType(resources, "Microsoft.Authorization/locks"), l => OnAudit(l["scope"]));
        Assert.Equal("CanNotDelete", Text(locked["properties"]?["level"]));
        Assert.Contains(OfType(resources, "Microsoft.Insights/diagnosticSettings"), d => OnAudit(d["scope"])
            && (d["properties"]?["logs"]?.AsArray() ?? []).Any(l => Text(l?["category"]) == "StorageDelete"));
    }

    private static bool OnAudit(JsonNode? nameOrScope) => Text(nameOrScope).Contains(AuditAccount, StringComparison.Ordinal);

    /// <summary>The inner expression of an ARM expression, so a name can be found inside an id built from it.</summary>
    private static string Inner(string expression) => expression.TrimStart('[').TrimEnd(']');

    private static List<string> Strings(JsonNode? node) => node?.AsArray().Select(n => Text(n)).ToList() ?? [];

    private static IEnumerable<JsonNode> OfType(JsonArray resources, string type) =>
        InfrastructureHardeningTests.OfType(resources, type);

    private static string Text(JsonNode? node) => InfrastructureHardeningTests.Text(node);
}
