using System.Globalization;
using Azure.Data.Tables;

namespace IpsMonitor.CheckIns;

/// <summary>
/// Maps invitations to rows of the check-ins table. The row holds the invitation's state, its answers and the respondent's
/// unsent draft together, so one conditional write moves an invitation from open to answered with its answers: atomic.
/// </summary>
internal static class InvitationRows
{
    public const string OutboxPrefix = "~outbox|";

    public static string Key(string candidateId, string invitationId) => $"{candidateId}|{invitationId}";

    public static TableEntity ToRow(string programmeId, Invitation i, IReadOnlyDictionary<string, string?>? draft,
        string? tokenHash, string? linkIssuedBy = null, string? sealedLink = null) =>
        new(programmeId, Key(i.CandidateId, i.Id))
        {
            ["Respondent"] = i.Respondent.ToString(),
            ["JobId"] = i.JobId,
            ["DueDate"] = i.DueDate.ToString("O", CultureInfo.InvariantCulture),
            ["CreatedAt"] = i.CreatedAt,
            ["ExpiresAt"] = i.ExpiresAt,
            ["State"] = i.State.ToString(),
            ["AnsweredAt"] = i.AnsweredAt,
            ["QuestionnaireId"] = i.QuestionnaireId,
            ["QuestionnaireVersion"] = i.QuestionnaireVersion,
            ["Answers"] = i.Answers.Count == 0 ? null : Json.Write(i.Answers),
            ["Draft"] = draft is null || draft.Count == 0 ? null : Json.Write(draft),
            ["TokenHash"] = tokenHash,
            ["LinkIssuedBy"] = linkIssuedBy,
            // Only while open: a reminder needs the link itself (see LinkSeal); Close and Cancel leave it out.
            ["SealedLink"] = i.State == InvitationState.Open ? sealedLink : null,
        };

    public static VersionedInvitation ToFile(TableEntity row)
    {
        var split = row.RowKey.IndexOf('|', StringComparison.Ordinal);
        var invitation = ToInvitation(row, row.RowKey[..split], row.RowKey[(split + 1)..],
            row.GetString("Answers") is { } answers ? Json.Read<Dictionary<string, Answer>>(answers) : new Dictionary<string, Answer>());
        var draft = row.GetString("Draft") is { } d ? Json.Read<Dictionary<string, string?>>(d) : new Dictionary<string, string?>();
        return new VersionedInvitation(row.PartitionKey, invitation, draft, row.GetString("TokenHash"), row.ETag) 
        {
            LinkIssuedBy = row.GetString("LinkIssuedBy"),
            SealedLink = row.GetString("SealedLink"),
        };
    }

    /// <summary>The invitation a row holds, under the ids its key names and the answers the caller read from its Answers column.</summary>
    public static Invitation ToInvitation(TableEntity row, string candidateId, string invitationId, IReadOnlyDictionary<string, Answer> answers) =>
        new(
            Id: invitationId,
            CandidateId: candidateId,
            Respondent: Enum.Parse<Respondent>(row.GetString("Respondent")),
            JobId: row.GetString("JobId"),
            DueDate: DateOnly.Parse(row.GetString("DueDate"), CultureInfo.InvariantCulture),
            CreatedAt: row.RequiredTime("CreatedAt"),
            ExpiresAt: ProgrammeTime.EndOfDayOf(row.RequiredTime("ExpiresAt")),
            State: Enum.Parse<InvitationState>(row.GetString("State")),
            AnsweredAt: row.GetDateTimeOffset("AnsweredAt"),
            QuestionnaireId: row.GetString("QuestionnaireId"),
            QuestionnaireVersion: row.GetInt32("QuestionnaireVersion") ?? 1,
            Answers: answers);

    public static string OutboxKey(CheckInMessage message) => $"{OutboxPrefix}{Key(message.CandidateId, message.InvitationId)}";

    public static TableEntity OutboxRow(string programmeId, string queue, CheckInMessage message, DateTimeOffset now) =>
        new(programmeId, OutboxKey(message))
        {
            ["Queue"] = queue,
            ["CreatedAt"] = now,
        };
}

/// <summary>An invitation as stored: with its programme, the respondent's draft, the hash of its current link and its row version.</summary>
internal sealed record VersionedInvitation(
    string ProgrammeId, Invitation Invitation, IReadOnlyDictionary<string, string?> Draft, string? TokenHash, Azure.ETag ETag)
{
    /// <summary>Who made the current link: "system" for a mailed one, or the staff actor ("coach:{keyId}") who asked for it.</summary>
    public string? LinkIssuedBy { get; init; }

    /// <summary>The current link, sealed (LinkSeal), while the check-in is open: what a reminder carries.</summary>
    public string? SealedLink { get; init; }
}

/// <summary>The message on checkin-submitted and checkin-missed: which check-in changed, for the signal function.</summary>
public sealed record CheckInMessage(string ProgrammeId, string CandidateId, string InvitationId);
