using System.Globalization;
using IpsMonitor.Signals;

namespace IpsMonitor.Workspace;

/// <summary>The words of "Vandaag" and the check-ins board, one record per staff language.</summary>
public sealed record WorklistText : ITextRecord
{
    public required string Lang { get; init; }
    public CultureInfo Culture => Languages.Culture(Lang);

    public required string TodayNav { get; init; }
    public required string TodayTitle { get; init; }
    public required string TodayIntro { get; init; }
    public required string NothingToDo { get; init; }
    public required string OneLine { get; init; }
    /// <summary>{0} lines on the list, more than one.</summary>
    public required string Lines { get; init; }
    public required string Why { get; init; }
    public required string WhatToDo { get; init; }
    /// <summary>{0} the deadline, today or later.</summary>
    public required string DeadlineOn { get; init; }
    /// <summary>{0} the deadline, passed.</summary>
    public required string DeadlinePassed { get; init; }
    public required string Handled { get; init; }
    public required string HandledAction { get; init; }
    public required IReadOnlyDictionary<TodayReason, string> ReasonTitles { get; init; }
    /// <summary>{0} who answers, {1} due date, {2} last day of the link.</summary>
    public required string ExpiringWhy { get; init; }
    /// <summary>{0} who answers.</summary>
    public required string ExpiringAction { get; init; }
    /// <summary>{0} who answers, {1} due date, {2} last day of the link.</summary>
    public required string MissedWhy { get; init; }
    public required string MissedAction { get; init; }
    /// <summary>{0} weeks.</summary>
    public required string NoContactWhy { get; init; }
    public required string NoContactAction { get; init; }
    /// <summary>What to do about a signal, by type; others get SignalAction.</summary>
    public required IReadOnlyDictionary<string, string> SignalActions { get; init; }
    public required string SignalAction { get; init; }
    /// <summary>Who answers a check-in, as a sentence names them.</summary>
    public required IReadOnlyDictionary<Respondent, string> Respondents { get; init; }
    public required string OneUnreadable { get; init; }
    /// <summary>{0} rows, more than one.</summary>
    public required string Unreadable { get; init; }

    public required string CheckInsNav { get; init; }
    public required string CheckInsTitle { get; init; }
    /// <summary>{0} days of the window.</summary>
    public required string CheckInsIntro { get; init; }
    public required string State { get; init; }
    public required IReadOnlyDictionary<BoardState, string> States { get; init; }
    public required string AllStates { get; init; }
    public required string CandidateHint { get; init; }
    public required string RespondentColumn { get; init; }
    public required IReadOnlyDictionary<Respondent, string> RespondentLabels { get; init; }
    public required string Due { get; init; }
    public required string ValidThrough { get; init; }
    public required string AnsweredOn { get; init; }
    public required string NoCheckIns { get; init; }
    public required string OneCheckIn { get; init; }
    /// <summary>{0} check-ins, more than one.</summary>
    public required string CheckIns { get; init; }
    /// <summary>{0} days of the window.</summary>
    public required string ResponseTitle { get; init; }
    public required string ResponseDefinition { get; init; }
    public required string Answered { get; init; }
    public required string Sent { get; init; }
    public required string Rate { get; init; }
    /// <summary>{0} the rate in percent, {1} answered, {2} sent.</summary>
    public required string RateValue { get; init; }
    public required string NoRate { get; init; }

    public static WorklistText For(string lang) => Table.For(lang);

    public string ReasonTitle(TodayReason reason) => ReasonTitles.GetValueOrDefault(reason) ?? reason.ToString();

    public string ActionFor(string signalType) => SignalActions.GetValueOrDefault(signalType) ?? SignalAction;

    public string Count(int count, string one, string many) => string.Format(Culture, count == 1 ? one : many, count);

    internal static readonly TextTable<WorklistText> Table = TextTable<WorklistText>.Load(Languages.Staff);
}
