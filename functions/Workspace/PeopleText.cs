namespace IpsMonitor.Workspace;

/// <summary>How the staff pages name people where a code used to stand, per staff language.</summary>
/// <param name="CoachWithCode">{0} the coach's name, {1} their code: on the team page, where the code is still needed.</param>
/// <param name="NoContact">The flag on a coach without a name or phone.</param>
/// <param name="NoContactWhy">Why the flag matters: candidates and supervisors cannot reach the coach.</param>
public sealed record PeopleText(string Lang, string CoachWithCode, string NoContact, string NoContactWhy) : Platform.ITextRecord
{
    public static PeopleText For(string? lang) => Table.For(lang);

    internal static readonly Platform.TextTable<PeopleText> Table = Platform.TextTable<PeopleText>.Load(Platform.Languages.Staff);
}
