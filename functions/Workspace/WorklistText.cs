using System.Globalization;

namespace IpsMonitor.Workspace;

/// <summary>
/// The words of "Vandaag" and the check-ins board, one record per staff language. Grouped by page (positional records:
/// the strict reader requires every text of each, so a missing translation still stops the app at start).
/// </summary>
public sealed record WorklistText : ITextRecord
{
    public required string Lang { get; init; }
    public CultureInfo Culture => Languages.Culture(Lang);
    public required TodayWords Today { get; init; }
    public required BoardWords Board { get; init; }
    /// <summary>Who answers a check-in, as a sentence names them ("de leidinggevende").</summary>
    public required IReadOnlyDictionary<Respondent, string> Respondents { get; init; }

    public static WorklistText For(string lang) => Table.For(lang);

    public string Count(int count, CountWords words) => string.Format(Culture, count == 1 ? words.One : words.Many, count);

    internal static readonly TextTable<WorklistText> Table = TextTable<WorklistText>.Load(Languages.Staff);
}

/// <summary>A count in words: exactly one, and {0} for any other number.</summary>
public sealed record CountWords(string One, string Many);

/// <summary>
/// "Vandaag": DeadlineOn and DeadlinePassed take {0} the date. Reasons: the title, why and what to do of each kind of line
/// (the Signal entry's action is the default for signal types without their own in SignalActions).
/// </summary>
public sealed record TodayWords(
    string Nav, string Title, string Intro, string Nothing, CountWords Lines, string Why, string WhatToDo, string DeadlineOn,
    string DeadlinePassed, string Handled, string HandledAction, IReadOnlyDictionary<TodayReason, ReasonWords> Reasons,
    IReadOnlyDictionary<string, string> SignalActions)
{
    public string ActionFor(string signalType) => SignalActions.GetValueOrDefault(signalType) ?? Reasons[TodayReason.Signal].Action;
}

/// <summary>
/// One kind of line. For check-ins Why takes {0} who answers, {1} the planned date, {2} the link's last day, and Action
/// {0} who answers; for no contact Why takes {0} weeks.
/// </summary>
public sealed record ReasonWords(string Title, string Why, string Action);

/// <summary>
/// The check-ins board: Intro and ResponseTitle take {0} the days of the window; RateValue {0} percent, {1} answered,
/// {2} sent; NoCandidate, NothingOf and NothingOfInState {0} the code or reference looked up (NothingOfInState {1} the
/// state chosen); CountOf {0} the count in words, {1} the code or reference.
/// </summary>
public sealed record BoardWords(
    string Nav, string Title, string Intro, string State, IReadOnlyDictionary<BoardState, string> States, string AllStates,
    string CandidateHint, string Respondent, IReadOnlyDictionary<Respondent, string> Respondents, string Due,
    string ValidThrough, string AnsweredOn, string Nothing, string NoCandidate, string NothingOf, string NothingOfInState,
    string CountOf, CountWords CheckIns, string ResponseTitle,
    string ResponseDefinition, string Answered, string Sent, string Rate, string RateValue, string NoRate);
