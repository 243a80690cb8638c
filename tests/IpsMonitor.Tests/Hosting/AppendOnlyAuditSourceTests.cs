using System.Reflection;
using System.Text.RegularExpressions;
using IpsMonitor.Tests.Platform;

namespace IpsMonitor.Tests.Hosting;

/// <summary>
/// The audit is append-only in the code as well as in storage: the app's source names the audit table in one file, and
/// that file only adds and reads rows, through a client that never leaves it. Whatever code is added later, it reaches
/// the audit through that file or the first test names it.
/// </summary>
public sealed partial class AppendOnlyAuditSourceTests
{
    private const string Owner = "functions/Access/AuditTable.cs";

    /// <summary>The audit table by its constant or by its text.</summary>
    [GeneratedRegex(@"\bAuditLog\.Table\b|Table\(\s*""audit""\s*\)")]
    private static partial Regex NamesTheAudit();

    /// <summary>Every call on a table client or its service that changes or removes rows or tables, and every batch kind.</summary>
    [GeneratedRegex(@"\.(Update\w*|Upsert\w*|Delete\w*|SubmitTransaction\w*)\(|TableTransactionActionType\.(\w+)")]
    private static partial Regex Writes();

    [Fact]
    public void OnlyTheAppendOnlyClientNamesTheAuditTable()
    {
        var files = ViewSourceTests.SourceLines().Where(l => NamesTheAudit().IsMatch(l.Text))
            .Select(l => Slashed(l.File)).Distinct().ToList();
        // The class that declares the constant would name the table by its bare name; it holds no table client at all.
        var log = typeof(AuditLog).GetFields(BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public);

        Assert.Equal([Owner], files);
        Assert.DoesNotContain(log, f => f.FieldType == typeof(TableServiceClient) || f.FieldType == typeof(TableClient)
            || f.FieldType == typeof(StorageNames));
    }

    [Fact]
    public void TheAuditClientOnlyAddsAndReadsAndNeverLeavesItsClass()
    {
        var writes = ViewSourceTests.SourceLines().Where(l => Slashed(l.File) == Owner)
            .SelectMany(l => Writes().Matches(l.Text)).Select(m => m.Value).ToList();
        const BindingFlags all = BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic;
        // Property getters are methods too, so this covers every member another class could read.
        var exposed = typeof(AuditTable).GetMethods(all).Where(m => !m.IsPrivate).Select(m => m.ReturnType)
            .Concat(typeof(AuditTable).GetFields(all).Where(f => !f.IsPrivate).Select(f => f.FieldType));

        // One transaction, of insertions only; nothing that updates, upserts or deletes.
        Assert.Equal([".SubmitTransactionAsync(", "TableTransactionActionType.Add"], writes);
        Assert.DoesNotContain(exposed, t => t == typeof(TableClient) || t == typeof(TableServiceClient));
        Assert.DoesNotContain(typeof(AuditTable).GetMethods(), m => Regex.IsMatch(m.Name, "Update|Upsert|Delete|Replace|Merge"));
    }

    [Fact]
    public void TheScansFindANamingOfTheAuditAndEveryKindOfChange()
    {
        Assert.Matches(NamesTheAudit(), "tables.GetTableClient(names.Table(AuditLog.Table))");
        Assert.Matches(NamesTheAudit(), "service.GetTableClient(names.Table(\"audit\"))");
        Assert.DoesNotMatch(NamesTheAudit(), "pages.Chrome(request, t, staff.IsCoordinator, \"audit\")");
        string[] calls = ["t.UpdateEntityAsync(r, ETag.All)", "t.UpsertEntityAsync(r)", "t.DeleteEntityAsync(p, r)", "s.DeleteTableAsync(n)"];
        foreach (var call in calls)
            Assert.Matches(Writes(), call);
        var batch = Writes().Match("new TableTransactionAction(TableTransactionActionType.UpsertReplace, r)");
        Assert.Equal("UpsertReplace", batch.Groups[2].Value);
    }

    private static string Slashed(string path) => path.Replace('\\', '/');
}
