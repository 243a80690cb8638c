namespace IpsMonitor.Workspace;

/// <summary>
/// The words of the coach's observation on the candidate page, one record per staff language (ObservationText.nl.json,
/// ObservationText.en.json); chosen like StaffText.
/// </summary>
/// <param name="Line">{0} the day of the observation.</param>
/// <param name="Rating">{0} the dimension, {1} the rating.</param>
public sealed record ObservationText(
    string Lang, string Title, string Intro, string None, string Line, string Rating, string New, string ObservedOn,
    string WorkAbility, string WorkAbilityHint, string Fit, string Independence, string OneToFiveHint, string TaskGrowth,
    string NextStep, string Note, string Save, IReadOnlyDictionary<ObservedNextStep, string> NextSteps)
    : ITextRecord
{
    internal static readonly TextTable<ObservationText> Table = TextTable<ObservationText>.Load(Languages.Staff);

    public static ObservationText For(string lang) => Table.For(lang);
}
