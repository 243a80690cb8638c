using System.Globalization;
using IpsMonitor.Platform;

namespace IpsMonitor.Fidelity;

/// <summary>
/// The words of the fidelity review page and sheet, one record per staff language (FidelityText.nl.json,
/// FidelityText.en.json), chosen like StaffText. The items' wording is on the record: the scale is read in the
/// reviewers' language.
/// </summary>
public sealed record FidelityText : ITextRecord
{
    public required string Lang { get; init; }
    public required string Nav { get; init; }
    public required string Title { get; init; }
    public required string Intro { get; init; }
    public required string HistoryTitle { get; init; }
    public required string NoReviews { get; init; }
    public required string Date { get; init; }
    public required string Reviewers { get; init; }
    public required string ReviewersHint { get; init; }
    public required string IpsATotal { get; init; }
    public required string IpsOTotal { get; init; }
    public required string Level { get; init; }
    public required string Change { get; init; }
    public required string NoTotal { get; init; }
    public required string TrendTitle { get; init; }
    public required string TrendDescription { get; init; }
    public required string ActionPoints { get; init; }
    public required string ActionPointsHint { get; init; }
    public required string LastActionPoints { get; init; }
    public required string RecordTitle { get; init; }
    public required string RecordHint { get; init; }
    public required string Score { get; init; }
    public required string Note { get; init; }
    public required string Previous { get; init; }
    public required string EducationHint { get; init; }
    public required string NoScore { get; init; }
    public required string Record { get; init; }
    public required string Saved { get; init; }
    public required string EvidenceTitle { get; init; }
    public required string EvidenceNotAScore { get; init; }
    public required string CaseloadEvidence { get; init; }
    public required string CaseloadHow { get; init; }
    public required string CaseloadCoach { get; init; }
    public required string NoFte { get; init; }
    public required string CompetitiveEvidence { get; init; }
    public required string CompetitiveHow { get; init; }
    public required string DoelgroepbaanCounts { get; init; }
    public required string DoelgroepbaanDoesNotCount { get; init; }
    public required string NoPlacements { get; init; }
    public required string ErrorsTitle { get; init; }
    public required string DateError { get; init; }
    public required string DateFormatError { get; init; }
    public required string EducationPairError { get; init; }
    public required string ItemError { get; init; }
    public required string ReviewersError { get; init; }
    public required string ScoreError { get; init; }
    public required string TextError { get; init; }
    public required IReadOnlyDictionary<FidelityGroup, string> Groups { get; init; }
    public required IReadOnlyDictionary<FidelityLevel, string> Levels { get; init; }

    /// <summary>Per item number: its name and what a 5 looks like.</summary>
    public required IReadOnlyDictionary<int, FidelityItemWords> Items { get; init; }

    /// <summary>Per variant code (5a, 5b, 9a, 9b): what it is about.</summary>
    public required IReadOnlyDictionary<string, string> Variants { get; init; }

    public CultureInfo Culture => Languages.Culture(Lang);

    public static FidelityText For(string lang) => Table.For(lang);

    /// <summary>The words for a form field's error, by the field's name; one place, as the staff forms do.</summary>
    internal string Error(string field, ErrorCode? code) => (field, code?.Code) switch
    {
        ("date", ErrorCodes.DateFormat) => DateFormatError,
        ("date", _) => DateError,
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
