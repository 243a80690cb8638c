using Azure.Data.Tables;

namespace IpsMonitor.Caseload;

/// <summary>Maps caseload summaries to their table rows and back: the summary row, and an index row per order.</summary>
internal static class CaseloadSummaryRows
{
    public const string SummaryColumn = "Summary";

    public static CaseloadSummary Read(TableEntity row) => Platform.Json.Read<CaseloadSummary>(row.GetString(SummaryColumn));

    /// <summary>
    /// Null for a row that cannot be read (damaged by hand, or from an older shape): a list passes it over, and the
    /// next refresh or rebuild writes it anew.
    /// </summary>
    public static CaseloadSummary? TryRead(TableEntity row)
    {
        try
        {
            return Read(row);
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or ArgumentException or InvalidOperationException)
        {
            return null;
        }
    }

    public static TableEntity SummaryRow(string partition, CaseloadSummary s) => new(partition, CaseloadSummaryStore.SummaryPrefix + s.Id)
    {
        [SummaryColumn] = Platform.Json.Write(s),
        [nameof(CaseloadOrder.Attention)] = s.AttentionKey,
        [nameof(CaseloadOrder.Due)] = s.DueKey,
    };

    public static TableEntity IndexRow(string partition, string key, CaseloadSummary s)
    {
        var row = new TableEntity(partition, key) { [SummaryColumn] = Platform.Json.Write(s), ["Status"] = s.Candidate.Status };
        foreach (var type in s.OpenSignals.Select(x => x.Type).Distinct())
            row[CaseloadSummaryStore.SignalColumn(type)] = true;
        return row;
    }
}
