using System.Globalization;
using System.Text;
using IpsMonitor.CheckIns;

namespace IpsMonitor.DataRights;

/// <summary>
/// A candidate's check-in answers as CSV (RFC 4180 quoting, ';' as separator as Dutch spreadsheets expect, UTF-8 with a
/// byte order mark so they read it as UTF-8): one line per answer. A field that starts with = + - @, a tab or a carriage
/// return gets a leading apostrophe, so a spreadsheet never runs an answer as a formula (CSV injection).
/// </summary>
internal static class AnswersCsv
{
    public const char Separator = ';';

    public static readonly string[] Header =
        ["check-in", "respondent", "due date", "state", "answered at", "questionnaire", "version", "item", "number", "text"];

    public static byte[] Write(IEnumerable<Invitation> checkIns)
    {
        var csv = new StringBuilder();
        Line(csv, Header);
        foreach (var i in checkIns.OrderBy(i => i.DueDate).ThenBy(i => i.CreatedAt))
            foreach (var (item, answer) in i.Answers.OrderBy(a => a.Key, StringComparer.Ordinal))
                Line(csv,
                [
                    i.Id, i.Respondent.ToString().ToLowerInvariant(), i.DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    i.State.ToString().ToLowerInvariant(), i.AnsweredAt?.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture) ?? "",
                    i.QuestionnaireId, i.QuestionnaireVersion.ToString(CultureInfo.InvariantCulture), item,
                    answer.Number?.ToString(CultureInfo.InvariantCulture) ?? "", answer.Text ?? "",
                ]);
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    private static void Line(StringBuilder csv, IReadOnlyList<string> fields)
    {
        for (var f = 0; f < fields.Count; f++)
        {
            if (f > 0)
                csv.Append(Separator);
            csv.Append(Field(fields[f]));
        }
        csv.Append("\r\n");
    }

    /// <summary>One field, neutralised and quoted when it needs to be.</summary>
    public static string Field(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
            value = "'" + value;
        return value.IndexOfAny([Separator, '"', '\r', '\n', ',']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
