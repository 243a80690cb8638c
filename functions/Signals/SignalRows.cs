using Azure.Data.Tables;

namespace IpsMonitor.Signals;

/// <summary>
/// Signals are rows of the programme's partition keyed candidate|signal, so one candidate's signals are a range query and a
/// programme's are one partition. Each candidate also has a state row whose version guards every write of their signals.
/// A signal's explanation is stored as facts (JSON column Facts), in no language. Rows written before that hold one
/// sentence per language instead; they are read as <see cref="RecordedSentences"/> and written back as they were.
/// </summary>
internal static class SignalRows
{
    public const string StateSuffix = "|~state";

    /// <summary>The columns that held the sentences before facts, by language. Never add one: new rows store facts.</summary>
    private static readonly IReadOnlyDictionary<string, string> SentenceColumns = new Dictionary<string, string>
    {
        [Languages.Dutch] = "ExplanationNl",
        [Languages.English] = "ExplanationEn",
    };

    public static TableEntity ToRow(string programmeId, StoredSignal s)
    {
        var row = Row(programmeId, s);
        if (s.Facts is RecordedSentences recorded)
            foreach (var (lang, column) in SentenceColumns)
                row[column] = recorded.Sentences.GetValueOrDefault(lang);
        else
            row["Facts"] = Json.Write(s.Facts);
        return row;
    }

    private static TableEntity Row(string programmeId, StoredSignal s) => new(programmeId, $"{s.CandidateId}|{s.Id}")
    {
        ["Key"] = s.Key,
        ["Type"] = s.Type,
        ["Severity"] = s.Severity.ToString(),
        ["RuleVersion"] = s.RuleVersion,
        ["Evidence"] = Json.Write(s.Evidence),
        ["OpenedAt"] = s.OpenedAt,
        ["ResolvedAt"] = s.ResolvedAt,
        ["ResolvedBecause"] = s.ResolvedBecause?.ToString(),
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
            Facts: Facts(row),
            Evidence: Json.Read<List<Evidence>>(row.GetString("Evidence")),
            OpenedAt: row.RequiredTime("OpenedAt"),
            ResolvedAt: row.GetDateTimeOffset("ResolvedAt"),
            AcknowledgedAt: row.GetDateTimeOffset("AcknowledgedAt"),
            AcknowledgedBy: row.GetString("AcknowledgedBy"),
            AcknowledgementNote: row.GetString("AcknowledgementNote"))
        {
            Acknowledgements = Acknowledgements(row),
            ResolvedBecause = Enum.TryParse<SignalResolution>(row.GetString("ResolvedBecause"), out var because) && Enum.IsDefined(because)
                ? because : null,
        };
    }

    private static SignalFacts Facts(TableEntity row)
    {
        if (row.GetString("Facts") is { Length: > 0 } facts)
            return Json.Read<SignalFacts>(facts);
        var sentences = new Dictionary<string, string>();
        foreach (var (lang, column) in SentenceColumns)
            if (row.GetString(column) is { } sentence)
                sentences[lang] = sentence;
        return new RecordedSentences(sentences);
    }

    /// <summary>Rows written before the history was kept hold only their one acknowledgement in the single fields.</summary>
    private static List<Acknowledgement> Acknowledgements(TableEntity row) =>
        row.GetString("Acknowledgements") is { Length: > 0 } history ? Json.Read<List<Acknowledgement>>(history)
        : row.GetDateTimeOffset("AcknowledgedAt") is { } at
            ? [new(at, row.GetString("AcknowledgedBy") ?? "", row.GetString("AcknowledgementNote"))]
        : [];
}
