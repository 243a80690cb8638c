using System.Globalization;
using Azure.Data.Tables;

namespace IpsMonitor.Workbooks;

/// <summary>
/// One row per build in table workbookbuilds: partitioned by programme, keyed quarter|inverted ticks so a quarter's
/// builds are one range query, newest first. Counts only, and the stored rows a build left out (by pseudonymous key,
/// see <see cref="SkippedRowList"/>); nothing about a person.
/// </summary>
internal sealed class WorkbookBuildLog(TableServiceClient tables, StorageNames names)
{
    public const string Table = "workbookbuilds";

    /// <summary>The property that lists the skipped rows (by key, which may hold a candidate id; erasure takes them out).</summary>
    public const string SkippedProperty = "Skipped";

    private TableClient Builds => tables.GetTableClient(names.Table(Table));

    public Task RecordAsync(WorkbookManifest build, string trigger, bool becameCurrent, CancellationToken ct)
    {
        var inverted = DateTimeOffset.MaxValue.Ticks - build.BuiltAt.UtcTicks;
        var row = new TableEntity(build.ProgrammeId, string.Create(CultureInfo.InvariantCulture, $"{build.Quarter}|{inverted:D19}"))
        {
            ["BuildId"] = build.BuildId,
            ["Quarter"] = build.Quarter,
            ["Trigger"] = trigger,
            ["BuiltAt"] = build.BuiltAt,
            ["DurationMs"] = build.DurationMs,
            ["DefinitionVersion"] = build.DefinitionVersion,
            ["SignalRuleVersion"] = build.SignalRuleVersion,
            ["Coaches"] = build.Counts.Coaches,
            ["Candidates"] = build.Counts.Candidates,
            ["Jobs"] = build.Counts.Jobs,
            ["CheckIns"] = build.Counts.CheckIns,
            ["Signals"] = build.Counts.Signals,
            ["CandidateLines"] = build.Counts.CandidateLines,
            ["InternBytes"] = build.File(WorkbookVariant.Intern)?.Size,
            ["ExternBytes"] = build.File(WorkbookVariant.Extern)?.Size,
            ["BecameCurrent"] = becameCurrent,
            ["SkippedRows"] = build.SkippedRows.Count,
            [SkippedProperty] = build.SkippedRows.Count == 0 ? null : Json.Write(SkippedRowList.Capped(build.SkippedRows)),
        };
        return Builds.UpsertEntityAsync(row, TableUpdateMode.Replace, ct);
    }

    /// <summary>A quarter's builds, newest first.</summary>
    public async IAsyncEnumerable<TableEntity> ForQuarterAsync(string programmeId, Quarter quarter,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {programmeId} and RowKey gt {quarter + "|"} and RowKey lt {quarter + "}"}");
        await foreach (var row in Builds.QueryAsync<TableEntity>(filter, cancellationToken: ct))
            yield return row;
    }
}
