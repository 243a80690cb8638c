using System.Text.RegularExpressions;
using System.Globalization;

namespace IpsMonitor.Workspace;

/// <summary>The audit page's words, one record per staff language.</summary>
/// <param name="Actions">The recorded actions in the reader's words, by the words they are recorded with (ids and counts follow).</param>
/// <param name="Details">The words that follow some actions (the fields a correction changed, a decision), in the reader's words.</param>
public sealed record AuditText(
    string Lang, string Nav, string Title, string Intro, string Month, string MonthHint, string Candidate, string CandidateHint, string Show,
    string Export, string Rows, string OneRow, string When, string Who, string What, string From, string CandidateCount,
    string OneCandidateCount, IReadOnlyDictionary<string, string> Actions, IReadOnlyDictionary<string, string> Details,
    IReadOnlyList<string> CsvHeader, string BadMonth, string BadCandidate, string System, string Respondent, string Coordinator,
    string Coach) : ITextRecord
{
    public CultureInfo Culture => Languages.Culture(Lang);

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
