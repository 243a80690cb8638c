using Azure.Data.Tables;
using IpsMonitor.Workbooks;

namespace IpsMonitor.CheckIns;

/// <summary>
/// The check-ins by the quarter they closed in (Amsterdam), so a quarter's figures read that quarter's check-ins and not
/// the programme's whole history. An index row lives in the check-in's own partition, under
/// ~quarter|{quarter}|{candidate}|{invitation}, and is written in the same transaction as the check-in it copies, so
/// the two never disagree. It copies only what the quarterly figures use: respondent, state, the moments, and the
/// numeric answers (never free text, drafts or links). Rows from "~" on are not check-ins, so every reader of the
/// check-ins themselves (RowKey lt "~") passes them by. An invitation that never closed (open, cancelled) has no row.
/// </summary>
internal static class CheckInQuarterIndex
{
    public const string Prefix = "~quarter|";

    /// <summary>What <see cref="Read(TableEntity, Func{string?, IReadOnlyDictionary{string, Answer}})"/> reads of an index row.</summary>
    public static readonly string[] Columns =
        ["RowKey", "Respondent", "DueDate", "CreatedAt", "ExpiresAt", "State", "AnsweredAt", "QuestionnaireId", "QuestionnaireVersion", "Answers"];

    /// <summary>
    /// The key under the quarter the invitation closed in, as the quarterly figures see it: a link works to the end of
    /// its last day, so a missed check-in closes then (as <see cref="InvitationRows.ToFile"/> reads it), whatever moment
    /// was stored.
    /// </summary>
    public static string? Key(Invitation invitation)
    {
        var read = invitation with { ExpiresAt = ProgrammeTime.EndOfDayOf(invitation.ExpiresAt) };
        return read.ClosedAt is { } closed
            ? $"{Prefix}{Quarter.FromInstant(closed, Quarter.Amsterdam)}|{InvitationRows.Key(invitation.CandidateId, invitation.Id)}"
            : null;
    }

    /// <summary>The index row of a closed invitation; null for one that has not closed.</summary>
    public static TableEntity? Row(string programmeId, Invitation invitation)
    {
        if (Key(invitation) is not { } key)
            return null;
        var numbers = invitation.Answers.Where(a => a.Value.Number is not null)
            .ToDictionary(a => a.Key, a => new Answer(a.Value.Number, null), StringComparer.Ordinal);
        var row = InvitationRows.ToRow(programmeId, invitation with { Answers = numbers }, null, null);
        row.RowKey = key;
        row.Remove("JobId");
        row.Remove("Draft");
        row.Remove("TokenHash");
        row.Remove("LinkIssuedBy");
        row.Remove("SealedLink");
        return row;
    }

    /// <summary>The filter for the index rows of the quarters first to last, both included ("2026-Q2", "2026-Q3").</summary>
    public static string Range(string programmeId, string first, string last) => TableClient.CreateQueryFilter(
        $"PartitionKey eq {programmeId} and RowKey ge {Prefix + first + "|"} and RowKey lt {Prefix + last + "}"}");

    /// <summary>
    /// The invitation an index row copies, read as the check-in row would be. A row whose key names another quarter than
    /// the one its own moment falls in is not trusted: null.
    /// </summary>
    public static Invitation? Read(TableEntity row) =>
        Read(row, answers => answers is null ? new Dictionary<string, Answer>() : Json.Read<Dictionary<string, Answer>>(answers));

    /// <summary>
    /// The same, straight from the row (a build reads tens of thousands), with the answers as <paramref name="answers"/>
    /// reads the Answers column (null when there is none).
    /// </summary>
    public static Invitation? Read(TableEntity row, Func<string?, IReadOnlyDictionary<string, Answer>> answers)
    {
        var key = row.RowKey;
        var quarterEnd = key.IndexOf('|', Prefix.Length);
        var split = key.IndexOf('|', quarterEnd + 1);
        var invitation = InvitationRows.ToInvitation(row, key[(quarterEnd + 1)..split], key[(split + 1)..], answers(row.GetString("Answers")));
        // The ids come from the key itself, so the key is the one Key() would give exactly when the quarter is.
        return invitation.ClosedAt is { } closed
            && key.AsSpan(Prefix.Length, quarterEnd - Prefix.Length).SequenceEqual(Quarter.FromInstant(closed, Quarter.Amsterdam).ToString())
            ? invitation : null;
    }
}
