using CsvHelper;

namespace IpsMonitor.Access;

/// <summary>
/// The audit as a CSV file (RFC 4180 quoting, ';' as separator as Dutch spreadsheets expect, like the answers file,
/// UTF-8 with a byte order mark so spreadsheets read the accents). A text cell that
/// starts with = + - @, a tab or CR gets a leading apostrophe, so a spreadsheet shows it as text and never runs it as a
/// formula (OWASP's advice on CSV injection): key labels and actions are typed by people.
/// </summary>
internal static class AuditCsv
{
    /// <summary>
    /// The rows under <paramref name="header"/>, each action worded by <paramref name="action"/> and each role by
    /// <paramref name="role"/> (the reader's language).
    /// </summary>
    public static byte[] Write(IEnumerable<AuditEntry> entries, IReadOnlyList<string> header, Func<string, string> action, Func<string, string> role)
    {
        using var stream = new MemoryStream();
        using (var csv = CsvWriter.Create(stream, new CsvWriterOptions { Separator = DataRights.AnswersCsv.Separator,
            Injection = CsvInjection.Escape, WriteByteOrderMark = true }, leaveOpen: true))
        {
            csv.WriteRecord([.. header]);
            foreach (var e in entries)
                csv.WriteRecord([e.LocalTime, role(e.Role), e.KeyLabel ?? "", e.Actor, action(e.Action), e.CandidateId ?? "",
                    string.Join(' ', e.CandidateIds), e.Client ?? "", e.LinkIssuedBy ?? ""]);
        }
        return stream.ToArray();
    }
}
