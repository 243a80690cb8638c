using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Azure.Data.Tables;

namespace IpsMonitor.Signals;

/// <summary>
/// The signal list's rows: one per signal, in the programme's partition and in its coach's, keyed by the order the list
/// shows (open before resolved, urgent first, oldest first), so a page is a key range read in that order. The row
/// holds the signal as stored and the coach, which is all the list answers.
/// </summary>
internal static class SignalIndexRows
{
    public const string SignalColumn = "Signal";
    public const string CoachColumn = "CoachId";

    /// <summary>
    /// The state's letter, first in a row key here and in a caseload count key (<see cref="CaseloadSummary.SignalCountKey"/>):
    /// open sorts before resolved.
    /// </summary>
    public static string State(bool open) => open ? "o" : "r";

    /// <summary>Whether a row key is an open signal's.</summary>
    public static bool IsOpen(string key) => key.StartsWith(State(open: true) + "|", StringComparison.Ordinal);

    /// <summary>Ids are safe keys, so '|' never occurs in one. Ticks are fixed width, so the key sorts by the moment.</summary>
    public static string Key(StoredSignal s) => string.Join('|', State(s.IsOpen), SeverityDigit(s.Severity),
        s.OpenedAt.UtcTicks.ToString("D19", CultureInfo.InvariantCulture), s.CandidateId, s.Id);

    /// <summary>Urgent sorts first: the highest severity has the lowest digit.</summary>
    public static string SeverityDigit(SignalSeverity severity) => (9 - (int)severity).ToString(CultureInfo.InvariantCulture);

    /// <summary>The keys a state asks for ("open", "resolved", "all"), narrowed to one severity where the key allows.</summary>
    public static (string From, string To) Range(string state, SignalSeverity? severity)
    {
        var prefix = state is "open" or "resolved" ? State(state == "open") + "|" : null;
        if (prefix is null)
            return (State(open: true) + "|", State(open: false) + "}");
        if (severity is { } s)
            prefix += SeverityDigit(s) + "|";
        return (prefix, prefix[..^1] + "}");
    }

    public static TableEntity Row(string partition, StoredSignal s, string coachId) => new(partition, Key(s))
    {
        [SignalColumn] = Json.Write(s),
        [CoachColumn] = coachId,
        ["Type"] = s.Type,
        ["Severity"] = s.Severity.ToString(),
    };

    public static ListedSignal Read(TableEntity row) =>
        new(Json.Read<StoredSignal>(row.GetString(SignalColumn)), row.GetString(CoachColumn) ?? throw new FormatException("No coach."));

    /// <summary>What the row holds, in short: a row whose hash is unchanged need not be written again.</summary>
    public static string Hash(TableEntity row) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(
        row.GetString(SignalColumn) + "\n" + row.GetString(CoachColumn))), 0, 8);
}

/// <summary>A signal as the list shows it, with the coach of its candidate.</summary>
internal sealed record ListedSignal(StoredSignal Signal, string CoachId);
