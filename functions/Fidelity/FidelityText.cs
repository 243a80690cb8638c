using System.Globalization;

namespace IpsMonitor.Fidelity;

/// <summary>
/// The words of the fidelity review page and sheet, one record per staff language (FidelityText.nl.json,
/// FidelityText.en.json), chosen like StaffText. The items' wording is on the record: the scale is read in the
/// reviewers' language.
/// </summary>
/// <param name="Items">Per item number: its name and what a 5 looks like.</param>
/// <param name="Variants">Per variant code (5a, 5b, 9a, 9b): what it is about.</param>
/// <param name="Candidates">"1 kandidaat", "4 kandidaten": the caseload figures' count.</param>
public sealed record FidelityText(
    string Lang, string Nav, string Title, string Intro, string HistoryTitle, string NoReviews, string Date,
    string Reviewers, string ReviewersHint, string IpsATotal, string IpsOTotal, string Level, string Change,
    string NoTotal, string TrendTitle, string TrendDescription, string ActionPoints, string ActionPointsHint,
    string LastActionPoints, string RecordTitle, string RecordHint, string Score, string Note, string Previous,
    string EducationHint, string NoScore, string Record, string Saved, string EvidenceTitle, string EvidenceNotAScore,
    string CaseloadEvidence, string CaseloadHow, string CaseloadCoach, string NoFte, string CompetitiveEvidence,
    string CompetitiveHow, string DoelgroepbaanCounts, string DoelgroepbaanDoesNotCount, string NoPlacements, string EvidenceNotComputed,
    string ErrorsTitle, string DateError, string DateFormatError, string EducationPairError, string ItemError,
    string ReviewersError, string ScoreError, string TextError, string DirectionError, IReadOnlyDictionary<FidelityGroup, string> Groups,
    IReadOnlyDictionary<FidelityLevel, string> Levels,
    IReadOnlyDictionary<int, FidelityItemWords> Items,
    IReadOnlyDictionary<string, string> Variants,
    Workspace.CountWords Candidates)
    : ITextRecord
{
    public CultureInfo Culture => Languages.Culture(Lang);

    public static FidelityText For(string lang) => Table.For(lang);

    /// <summary>The words for a form field's error, by the field's name; one place, as the staff forms do.</summary>
    internal string Error(string field, ErrorCode? code) => (field, code?.Code) switch
    {
        ("date", ErrorCodes.DateFormat) => DateFormatError,
        ("date", _) => DateError,
        (_, ErrorCodes.TextDirection) when field.StartsWith("note-", StringComparison.Ordinal) =>
            string.Format(Culture, ItemError, field[5..], DirectionError),
        (_, ErrorCodes.TextDirection) => DirectionError,
        ("reviewers", _) => ReviewersError,
        (_, ErrorCodes.EducationPair) => EducationPairError,
        _ when field.StartsWith("score-", StringComparison.Ordinal) => string.Format(Culture, ItemError, field[6..], ScoreError),
        _ when field.StartsWith("note-", StringComparison.Ordinal) => string.Format(Culture, ItemError, field[5..], TextError),
        _ => TextError,
    };

    internal static readonly TextTable<FidelityText> Table = TextTable<FidelityText>.Load(Languages.Staff);
}

/// <summary>An item of the scale in one language: its name and what a 5 looks like.</summary>
public sealed record FidelityItemWords(string Name, string Criterion);
