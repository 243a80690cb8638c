using System.Text.RegularExpressions;
using System.Globalization;
using IpsMonitor.Access;
using IpsMonitor.Platform;

namespace IpsMonitor.Workspace;

/// <summary>The audit page's words, one record per staff language.</summary>
public sealed record AuditText : ITextRecord
{
    public required string Lang { get; init; }
    public CultureInfo Culture => Languages.Culture(Lang);
    public required string Nav { get; init; }
    public required string Title { get; init; }
    public required string Intro { get; init; }
    public required string Month { get; init; }
    public required string MonthHint { get; init; }
    public required string Candidate { get; init; }
    public required string CandidateHint { get; init; }
    public required string Show { get; init; }
    public required string Export { get; init; }
    public required string Rows { get; init; }
    public required string OneRow { get; init; }
    public required string When { get; init; }
    public required string Who { get; init; }
    public required string What { get; init; }
    public required string From { get; init; }
    public required string CandidateCount { get; init; }
    public required string OneCandidateCount { get; init; }
    /// <summary>The recorded actions in the reader's words, by the words they are recorded with (ids and counts follow).</summary>
    public required IReadOnlyDictionary<string, string> Actions { get; init; }

    /// <summary>The words that follow some actions (the fields a correction changed, a decision), in the reader's words.</summary>
    public required IReadOnlyDictionary<string, string> Details { get; init; }
    public required IReadOnlyList<string> CsvHeader { get; init; }
    public required string BadMonth { get; init; }
    public required string BadCandidate { get; init; }
    public required string System { get; init; }
    public required string Respondent { get; init; }
    public required string Coordinator { get; init; }
    public required string Coach { get; init; }

    public static AuditText For(string lang) => Table.For(lang);

    /// <summary>
    /// An action as recorded ("revoke key k-1", "correct candidate: language"): its longest known start in the reader's
    /// words, then the rest with each known detail word in the reader's words and ids as they are.
    /// </summary>
    public string ActionLabel(string action)
    {
        var known = Actions.Keys.Where(k => action.StartsWith(k, StringComparison.Ordinal)).MaxBy(k => k.Length);
        var rest = Details.Keys.OrderByDescending(k => k.Length).Aggregate(known is null ? action : action[known.Length..],
            (text, word) => Regex.Replace(
                text, @"(?<![\w-])" + Regex.Escape(word) + @"(?![\w-])", Details[word]));
        return known is null ? rest : Actions[known] + rest;
    }

    /// <summary>The key's label and role; a key since deleted shows its role only.</summary>
    public string WhoLabel(AuditEntry e) => e.Role switch
    {
        "coordinator" or "coach" => (e.KeyLabel is null ? "" : e.KeyLabel + " ") + "(" + RoleLabel(e.Role) + ")",
        "respondent" or "system" => RoleLabel(e.Role),
        _ => e.Actor,
    };

    /// <summary>A recorded role ("coordinator") in the reader's words; an unknown one as recorded.</summary>
    public string RoleLabel(string role) => role switch
    {
        "coordinator" => Coordinator,
        "coach" => Coach,
        "respondent" => Respondent,
        "system" => System,
        _ => role,
    };

    internal static readonly TextTable<AuditText> Table = TextTable<AuditText>.Load(Languages.Staff);
}
