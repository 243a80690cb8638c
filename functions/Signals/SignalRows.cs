using Azure.Data.Tables;
using IpsMonitor.Platform;

namespace IpsMonitor.Signals;

/// <summary>
/// Signals are rows of the programme's partition keyed candidate|signal, so one candidate's signals are a range query and a
/// programme's are one partition. Each candidate also has a state row whose version guards every write of their signals.
/// </summary>
internal static class SignalRows
{
    public const string StateSuffix = "|~state";

    public static TableEntity ToRow(string programmeId, StoredSignal s) => new(programmeId, $"{s.CandidateId}|{s.Id}")
    {
        ["Key"] = s.Key,
        ["Type"] = s.Type,
        ["Severity"] = s.Severity.ToString(),
        ["RuleVersion"] = s.RuleVersion,
        ["ExplanationNl"] = s.ExplanationNl,
        ["ExplanationEn"] = s.ExplanationEn,
        ["Evidence"] = Json.Write(s.Evidence),
        ["OpenedAt"] = s.OpenedAt,
        ["ResolvedAt"] = s.ResolvedAt,
        ["AcknowledgedAt"] = s.AcknowledgedAt,
        ["AcknowledgedBy"] = s.AcknowledgedBy,
        ["AcknowledgementNote"] = s.AcknowledgementNote,
        ["Acknowledgements"] = s.Acknowledgements.Count == 0 ? null : Json.Write(s.Acknowledgements),
    };

    public static bool IsState(TableEntity row) => row.RowKey.EndsWith(StateSuffix, StringComparison.Ordinal);

    public static StoredSignal ToSignal(TableEntity row)
    {
        var split = row.RowKey.IndexOf('|', StringComparison.Ordinal);
        return new StoredSignal(
            Id: row.RowKey[(split + 1)..],
            CandidateId: row.RowKey[..split],
            Key: row.GetString("Key"),
            Type: row.GetString("Type"),
            Severity: Enum.Parse<SignalSeverity>(row.GetString("Severity")),
            RuleVersion: row.GetString("RuleVersion"),
            ExplanationNl: row.GetString("ExplanationNl"),
            ExplanationEn: row.GetString("ExplanationEn"),
            Evidence: Json.Read<List<Evidence>>(row.GetString("Evidence")),
            OpenedAt: row.RequiredTime("OpenedAt"),
            ResolvedAt: row.GetDateTimeOffset("ResolvedAt"),
            AcknowledgedAt: row.GetDateTimeOffset("AcknowledgedAt"),
            AcknowledgedBy: row.GetString("AcknowledgedBy"),
            AcknowledgementNote: row.GetString("AcknowledgementNote"))
        {
            Acknowledgements = Acknowledgements(row),
        };
    }

    /// <summary>Rows written before the history was kept hold only their one acknowledgement in the single fields.</summary>
    private static List<Acknowledgement> Acknowledgements(TableEntity row) =>
        row.GetString("Acknowledgements") is { Length: > 0 } history ? Json.Read<List<Acknowledgement>>(history)
        : row.GetDateTimeOffset("AcknowledgedAt") is { } at ? [new(at, row.GetString("AcknowledgedBy") ?? "", row.GetString("AcknowledgementNote"))]
        : [];
}
