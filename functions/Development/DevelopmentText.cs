using IpsMonitor.Platform;
using IpsMonitor.Questionnaires;

namespace IpsMonitor.Development;

/// <summary>
/// The words of "Mijn ontwikkeling", one record per language as <see cref="UiText"/> does (DevelopmentText.nl.json and
/// the others next to it). It speaks to the candidate ("je"; French "tu", as the candidate's questionnaire says it), at
/// B1 level, and describes change as something to talk about and build on, never as a verdict.
/// </summary>
public sealed record DevelopmentText : ITextRecord
{
    public required string Lang { get; init; }

    /// <summary>The questionnaire pages' words in the same language, for the page around these.</summary>
    public UiText Ui => UiText.For(Lang);

    public required string Title { get; init; }
    public required string Intro { get; init; }
    public required string NotShared { get; init; }
    public required string NoCheckIns { get; init; }
    public required string FirstCheckIn { get; init; }
    public required string LastCheckIns { get; init; }
    public required string SummaryTitle { get; init; }
    public required string ChartOne { get; init; }
    public required string ChartMany { get; init; }
    public required string ThankYouLink { get; init; }
    public required string LinkNotValidTitle { get; init; }
    public required string LinkNotValid { get; init; }

    public required Dimension WorkAbility { get; init; }
    public required Dimension Energy { get; init; }
    public required Dimension Satisfaction { get; init; }
    public required Dimension Fit { get; init; }

    public required string HoursTitle { get; init; }
    public required string HoursHint { get; init; }
    public required string HoursWorked { get; init; }
    public required string HoursWanted { get; init; }
    public required string HoursValue { get; init; }
    public required string HoursMore { get; init; }
    public required string HoursFewer { get; init; }
    public required string HoursMatch { get; init; }

    public required string GrowthTitle { get; init; }
    public required string LearnedNew { get; init; }
    public required string NewTasks { get; init; }
    public required string HasGoals { get; init; }
    public required string GoalsYes { get; init; }
    public required string GoalsNo { get; init; }

    /// <summary>The words around stopping a personal link: it is personal, how to stop it, the question, the answer.</summary>
    public required Stopping Stop { get; init; }

    /// <summary>
    /// Personal: the link is for the candidate only; Start: the button to stop it; Question and Explain: the confirmation
    /// step with its Yes and No; DoneTitle and Done: what the link answers once stopped.
    /// </summary>
    public sealed record Stopping(string Personal, string Start, string Question, string Explain, string Yes, string No,
        string DoneTitle, string Done);

    /// <summary>One scale dimension: its heading, what the numbers mean, and a sentence for each direction of change.</summary>
    public sealed record Dimension(string Title, string Hint, string Up, string Same, string Down);

    /// <summary>Every page language.</summary>
    internal static readonly TextTable<DevelopmentText> Table = TextTable<DevelopmentText>.Load(Languages.Respondent);

    public static DevelopmentText Dutch => Table.For(Languages.Dutch);
    public static DevelopmentText English => Table.For(Languages.English);
    public static DevelopmentText French => Table.For(Languages.French);

    public static DevelopmentText For(string? lang) => Table.For(Languages.Normalize(lang));

    /// <summary>A date as people write it: "12 mei 2026", "12 May 2026", "12 mai 2026".</summary>
    public string Date(DateOnly date) => Ui.Date(date);
}
