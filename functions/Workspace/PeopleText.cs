using IpsMonitor.Platform;

namespace IpsMonitor.Workspace;

/// <summary>How the staff pages name people where a code used to stand, one record per staff language.</summary>
public sealed record PeopleText : ITextRecord
{
    public required string Lang { get; init; }
    /// <summary>{0} the coach's name, {1} their code: on the team page, where the code is still needed.</summary>
    public required string CoachWithCode { get; init; }
    /// <summary>The flag on a coach without a name or phone.</summary>
    public required string NoContact { get; init; }
    /// <summary>Why the flag matters.</summary>
    public required string NoContactWhy { get; init; }

    public static PeopleText For(string? lang) => Table.For(lang);

    internal static readonly TextTable<PeopleText> Table = TextTable<PeopleText>.Load(Languages.Staff);
}
