using IpsMonitor.Questionnaires;

namespace IpsMonitor.Development;

/// <summary>
/// The words of "Mijn ontwikkeling", one record per language as <see cref="UiText"/> does (DevelopmentText.nl.json and
/// the others next to it). It speaks to the candidate ("je"; French "tu", as the candidate's questionnaire says it), at
/// B1 level, and describes change as something to talk about and build on, never as a verdict.
/// </summary>
/// <param name="Stop">The words around stopping a personal link: it is personal, how to stop it, the question, the
/// answer.</param>
public sealed record DevelopmentText(
    string Lang,
    string Title, string Intro, string NotShared, string NoCheckIns, string FirstCheckIn, string LastCheckIns,
    string SummaryTitle, string ChartOne, string ChartMany, string ThankYouLink, string LinkNotValidTitle,
    string LinkNotValid,
    DevelopmentText.Dimension WorkAbility, DevelopmentText.Dimension Energy, DevelopmentText.Dimension Satisfaction,
    DevelopmentText.Dimension Fit,
    string HoursTitle, string HoursHint, string HoursWorked, string HoursWanted, string HoursValue, string HoursMore,
    string HoursFewer, string HoursMatch,
    string GrowthTitle, string LearnedNew, string NewTasks, string HasGoals, string GoalsYes, string GoalsNo,
    DevelopmentText.Stopping Stop,
    DevelopmentText.Voicing Voice)
    : ITextRecord
{
    /// <summary>The questionnaire pages' words in the same language, for the page around these.</summary>
    public UiText Ui => UiText.For(Lang);

    /// <summary>
    /// Personal: the link is for the candidate only; Start: the button to stop it; Question and Explain: the confirmation
    /// step with its Yes and No; DoneTitle and Done: what the link answers once stopped.
    /// </summary>
    public sealed record Stopping(string Personal, string Start, string Question, string Explain, string Yes, string No,
        string DoneTitle, string Done);

    /// <summary>
    /// The candidate's own goals and points for the next talk: headings, what happens with them, the labels ({0} the
    /// number), the buttons, and what is said after a send: saved, removed, or why not ({0} in TooLong: the characters allowed).
    /// </summary>
    public sealed record Voicing(string GoalsTitle, string GoalsIntro, string NoGoals, string GoalLabel, string NewGoal,
        string GoalsFull, string ReachedTitle, string ReachedOn, string PointsTitle, string PointsIntro, string NoPoints,
        string PointLabel, string NewPoint, string PointsFull, string Add, string Save, string Reached, string Remove,
        string Saved, string Removed, string NotSaved, string Empty, string TooLong, string FormExpired);

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
