namespace IpsMonitor.Workspace;

/// <summary>
/// The words of the team page's coach and reassign forms that name people: a coach's name and phone (the contact that
/// candidates and supervisors see) and moving candidates by their own reference. Dutch and English, one JSON file each.
/// </summary>
public sealed record TeamFormText : ITextRecord
{
    public required string Lang { get; init; }
    public required string CoachName { get; init; }
    public required string CoachPhone { get; init; }
    public required string ContactHint { get; init; }
    public required string KeepHint { get; init; }
    public required string ReassignIntro { get; init; }

    /// <summary>"Kandidaten van {0}": the coach whose candidates a reassign form moves.</summary>
    public required string CandidatesOf { get; init; }
    public required string MoveTo { get; init; }
    public required string MoveFrom { get; init; }

    public static TeamFormText For(string lang) => Table.For(lang);

    private static readonly TextTable<TeamFormText> Table = TextTable<TeamFormText>.Load(Languages.Staff);

    /// <summary>A coach as a coordinator knows them: by name, with the code beside it; the code alone when no name is known.</summary>
    public static string CoachLabel(Coach? coach, string coachId) => coach?.Name is { } name ? $"{name} ({coachId})" : coachId;
}
