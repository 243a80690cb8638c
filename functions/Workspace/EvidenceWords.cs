using System.Globalization;
using IpsMonitor.Questionnaires;
using IpsMonitor.Signals;

namespace IpsMonitor.Workspace;

/// <summary>
/// A signal's stored evidence read as sentences when shown, so a signal stored long ago reads the same way: answers by
/// who gave them (the candidate's and the supervisor's view of one dimension on one line), a job by its title and
/// employer, an adjustment by its name and review date. Item codes, ids and the rule version are kept for the technical
/// details, where someone checking the rule can still find them.
/// </summary>
internal static class EvidenceWords
{
    private static readonly HashSet<string> YesNo = [ItemIds.LearnedNew, ItemIds.NewTasks, ItemIds.WantsChallenge,
        ItemIds.HasGoals, ItemIds.TalkedDevelopment, ItemIds.SupervisorTaskGrowth, ItemIds.SupervisorConcerns];

    private static readonly HashSet<string> HourItems = [ItemIds.HoursWorked, ItemIds.ContractHours, ItemIds.DesiredHours];

    /// <summary>Supervisor items that ask about the same dimension as a candidate item, so both views share a line.</summary>
    private static readonly Dictionary<string, string> SameDimension = new(StringComparer.Ordinal)
    {
        [ItemIds.SupervisorWorkAbility] = ItemIds.WorkAbility,
        [ItemIds.SupervisorFit] = ItemIds.Fit,
        [ItemIds.SupervisorTaskGrowth] = ItemIds.NewTasks,
    };

    /// <summary>Evidence that shares one line: one dimension's answers, or one respondent's missed check-ins.</summary>
    private sealed record Group(string Key, List<Evidence> Candidate, List<Evidence> Supervisor);

    public static IReadOnlyList<string> Lines(StaffText t, StoredSignal signal, IReadOnlyList<Job> jobs)
    {
        var w = EvidenceText.For(t.Lang);
        var year = Platform.ProgrammeTime.DateOf(signal.OpenedAt).Year;
        string Date(DateOnly d) => d.ToString(d.Year == year ? "d MMM" : "d MMM yyyy", w.Culture);
        string Format(string template, params object[] args) => string.Format(w.Culture, template, args);
        string? JobOf(string jobId) =>
            jobs.FirstOrDefault(j => j.Id == jobId) is { } j ? Format(w.Job, j.JobTitle, j.Employer) : null;

        // A line, or a group whose line is written once all its evidence is in, kept in the order the rule gave them.
        var slots = new List<object>();
        var groups = new Dictionary<string, Group>(StringComparer.Ordinal);
        void AddTo(string key, Evidence e, bool supervisor)
        {
            if (!groups.TryGetValue(key, out var group))
                slots.Add(groups[key] = group = new Group(key, [], []));
            (supervisor ? group.Supervisor : group.Candidate).Add(e);
        }

        foreach (var e in signal.Evidence)
        {
            switch (e.ItemId)
            {
                case EvidenceItems.Referral:
                    slots.Add(Format(w.Referral, Date(e.Date)));
                    break;
                case EvidenceItems.Contact:
                    slots.Add(Format(w.ContactLogged, Date(e.Date)));
                    break;
                case EvidenceItems.JobStart:
                    slots.Add(Format(w.JobStarted, JobOf(e.Value) ?? w.UnknownJob, Date(e.Date)));
                    break;
                case EvidenceItems.JobEnd:
                    // The no-job rule stores the end date rather than the job: then there is no job to name.
                    slots.Add(JobOf(e.Value) is { } ended ? Format(w.JobEnded, ended, Date(e.Date))
                        : Format(w.SomeJobEnded, Date(e.Date)));
                    break;
                case EvidenceItems.TrialEnd:
                    slots.Add(Format(w.TrialEnded, JobOf(e.Value) ?? w.UnknownJob, Date(e.Date)));
                    break;
                case EvidenceItems.AdjustmentReview:
                    var adjustment = Enum.TryParse<AdjustmentKind>(e.Value, out var kind) && Enum.IsDefined(kind)
                        ? t.AdjustmentLabel(kind) : e.Value;
                    slots.Add(Format(w.AdjustmentReview, adjustment, Date(e.Date)));
                    break;
                case EvidenceItems.SupervisorConcern:
                    // The check-in by its day and what it raised: never the supervisor's comment.
                    slots.Add(Format(e.Value == EvidenceItems.RaisedAdjustmentsNotFitting
                        ? w.SupervisorRaisedAdjustments : w.SupervisorRaisedConcerns, Date(e.Date)));
                    break;
                case EvidenceItems.AdjustmentNotFitting:
                    // "{job id}/{adjustment id}": the adjustment by its kind and the coach's description.
                    var named = e.Value.Split('/') is [var ofJob, var adjustmentId]
                        ? jobs.FirstOrDefault(j => j.Id == ofJob)?.Adjustments.FirstOrDefault(a => a.Id == adjustmentId) : null;
                    slots.Add(Format(w.SupervisorRaisedAdjustment, Date(e.Date), named is null ? w.UnknownAdjustment : t.AdjustmentName(named)));
                    break;
                case EvidenceItems.Agreement:
                    // "{job id}/{agreement id}": the agreement's own words, as the coach recorded them.
                    var agreed = e.Value.Split('/') is [var jobId, var agreementId]
                        ? jobs.FirstOrDefault(j => j.Id == jobId)?.Driegesprekken.SelectMany(d => d.Agreements)
                            .FirstOrDefault(a => a.Id == agreementId)?.Text : null;
                    slots.Add(Format(w.AgreementDue, agreed ?? e.Value, Date(e.Date)));
                    break;
                case EvidenceItems.NextDriegesprek:
                    slots.Add(Format(w.NextDriegesprekPlanned, Date(e.Date)));
                    break;
                case EvidenceItems.Baseline:
                    slots.Add(Format(w.Baseline, Number(e.Value, w)));
                    break;
                case EvidenceItems.Missed:
                    AddTo(EvidenceItems.Missed + ":" + e.Value, e, e.Value == "supervisor");
                    break;
                default:
                    var supervisor = e.ItemId.StartsWith("s_", StringComparison.Ordinal);
                    AddTo(SameDimension.GetValueOrDefault(e.ItemId) ?? e.ItemId, e, supervisor);
                    break;
            }
        }
        var voice = SupervisorVoiceText.For(t.Lang);
        return slots.Select(slot => slot as string ?? Line((Group)slot, w, voice, Date)).ToList();
    }

    private static string Line(Group g, EvidenceText w, SupervisorVoiceText voice, Func<DateOnly, string> date)
    {
        string Values(List<Evidence> list) =>
            string.Join(", ", list.Select(e => string.Format(w.Culture, w.ValueOn, Value(e, w, voice), date(e.Date))));
        string Dates(List<Evidence> list) => Join(list.Select(e => date(e.Date)).ToList(), w.And);
        if (g.Key.StartsWith(EvidenceItems.Missed + ":", StringComparison.Ordinal))
            return g.Supervisor.Count > 0 ? string.Format(w.Culture, w.MissedSupervisor, Dates(g.Supervisor))
                : string.Format(w.Culture, w.MissedCandidate, Dates(g.Candidate));
        var item = w.Items.GetValueOrDefault(g.Key) ?? g.Key;
        if (g.Candidate.Count == 0)
            return string.Format(w.Culture, w.SupervisorGave, item, Values(g.Supervisor));
        var line = string.Format(w.Culture, w.CandidateGave, item, Values(g.Candidate));
        return g.Supervisor.Count == 0 ? line : line + string.Format(w.Culture, w.SupervisorToo, Values(g.Supervisor));
    }

    /// <summary>The stored facts as recorded, for the technical details: date, item code, value and check-in id.</summary>
    public static IReadOnlyList<string> Technical(StoredSignal signal, EvidenceText w) =>
        signal.Evidence.Select(e =>
                $"{e.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} · {e.ItemId} = {e.Value}"
                + (e.InvitationId is null ? "" : " · " + string.Format(w.Culture, w.CheckInId, e.InvitationId)))
            .Append(string.Format(w.Culture, w.RuleVersion, signal.RuleVersion))
            .Append(string.Format(w.Culture, w.SignalId, signal.Id))
            .ToList();

    private static string Value(Evidence e, EvidenceText w, SupervisorVoiceText voice)
    {
        if (e.ItemId == ItemIds.SupervisorReadyForMore)
            return voice.NextStepLabel(e.Value);
        if (!double.TryParse(e.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n))
            return e.Value;
        if (YesNo.Contains(e.ItemId))
            return n >= 1 ? w.Yes : w.No;
        var number = Number(e.Value, w);
        return !HourItems.Contains(e.ItemId) ? number : n == 1 ? w.OneHour : string.Format(w.Culture, w.Hours, number);
    }

    /// <summary>A stored number (invariant culture) in the reader's culture, one decimal at most; anything else as stored.</summary>
    private static string Number(string value, EvidenceText w) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n)
            ? Math.Round(n, 1).ToString("0.#", w.Culture) : value;

    private static string Join(IReadOnlyList<string> parts, string and) =>
        parts.Count <= 1 ? string.Join("", parts) : string.Join(", ", parts.Take(parts.Count - 1)) + and + parts[^1];
}
