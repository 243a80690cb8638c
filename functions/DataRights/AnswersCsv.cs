using System.Globalization;
using CsvHelper;

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
        using var stream = new MemoryStream();
        var options = new CsvWriterOptions { Separator = Separator, Injection = CsvInjection.Escape, WriteByteOrderMark = true };
        using (var csv = CsvWriter.Create(stream, options, leaveOpen: true))
        {
            csv.WriteRecord(Header);
            foreach (var i in checkIns.OrderBy(i => i.DueDate).ThenBy(i => i.CreatedAt))
                foreach (var (item, answer) in i.Answers.OrderBy(a => a.Key, StringComparer.Ordinal))
                    csv.WriteRecord(
                    [
                        i.Id, i.Respondent.ToString().ToLowerInvariant(), i.DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                        i.State.ToString().ToLowerInvariant(), i.AnsweredAt?.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture) ?? "",
                        i.QuestionnaireId, i.QuestionnaireVersion.ToString(CultureInfo.InvariantCulture), item,
                        answer.Number?.ToString(CultureInfo.InvariantCulture) ?? "", answer.Text ?? "",
                    ]);
        }
        return stream.ToArray();
    }
}
