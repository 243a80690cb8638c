using IpsMonitor.Questionnaires;
using Microsoft.AspNetCore.Components;
using IpsMonitor.Signals;

namespace IpsMonitor.Workspace;

/// <summary>
/// One candidate for their coach: referral and jobs with adjustments, disclosure and consent, the driegesprek preparation,
/// signals with their evidence, the check-in history, and the forms that change them. Each page read is one audit row.
/// A candidate of another caseload or programme, or one that does not exist, gets the same refusal.
/// </summary>
internal sealed class CandidatePage(
    StaffPages pages, StaffGate gate, AccessStore access, CaseloadStore caseload, CheckInStore checkIns, ReminderStore reminders,
    SignalStore signals, ContactStore contacts, ObservationStore observations, AuditLog audit,
    QuestionnaireCatalog catalog, IOptions<SignalRules> rules, IOptions<DataRights.RetentionOptions> retention,
    IOptions<CheckInOptions> cadence, TimeProvider time, Development.CandidateVoiceStore voices, FitReviewStore fitReviews)
{
    [Function("ShowCandidate")]
    public async Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/candidates/{candidateId}")] HttpRequest request,
        string candidateId, CancellationToken ct)
    {
        if (!(await pages.SignedInAsync(request, ct)).Passed(out var staff, out var refusal))
            return refusal;
        if (!(await gate.CandidateAsync(staff, candidateId, ct)).Passed(out var admission, out _))
            return StaffGate.Unreadable(staff, candidateId) ? UnreadableRecord(request) : NoAccess(request);
        await audit.RecordAsync(staff, "view candidate page", candidateId, ct);
        return StaffPages.Page(await RenderAsync(request, staff, admission.File, null, ct));
    }

    /// <summary>The page, with the outcome of a form just sent (its errors, or a link to hand over) at the top.</summary>
    public async Task<string> RenderAsync(
        HttpRequest request, Staff staff, VersionedCandidate file, RenderFragment? outcome, CancellationToken ct, PostedForm? posted = null)
    {
        var t = StaffPages.Text(request);
        var c = file.Candidate;
        var today = time.Today();
        var jobs = (await caseload.JobsAsync(c.ProgrammeId, c.Id, ct)).OrderByDescending(j => j.StartDate).ToList();
        var invitations = (await checkIns.ForCandidateAsync(c.ProgrammeId, c.Id, ct)).Select(f => f.Invitation).ToList();
        var reminded = (await reminders.ForCandidateAsync(c.ProgrammeId, c.Id, ct)).Where(r => r.State == ReminderState.Sent).ToList();
        var (stored, _) = await signals.LoadAsync(c.ProgrammeId, c.Id, ct);
        var logged = await contacts.RecentAsync(c.ProgrammeId, c.Id, ContactStore.Shown, ct);
        var observed = await observations.RecentAsync(c.ProgrammeId, c.Id, ObservationStore.Shown, ct);
        // The candidate's coach, whoever acknowledged a signal and whoever decided on an adjustment: never the programme's
        // whole list of coaches.
        var deciders = jobs.SelectMany(j => j.Adjustments).SelectMany(a => a.Decisions).Select(d => d.CoachId).OfType<string>();
        var names = await StaffNames.NamedAsync(
            access, c.ProgrammeId, stored.SelectMany(s => s.Acknowledgements).Select(a => a.By).Concat(deciders).Prepend(c.CoachId), ct);
        var voice = await voices.ReadAsync(c.ProgrammeId, c.Id, ct);
        var preparation = DriegesprekPreparation.For(invitations, jobs, stored, today, catalog.CurrentScaleStatistics, rules.Value, observed)
            with { Voice = voice };
        var chrome = pages.Chrome(request, t, staff.IsCoordinator, "candidates/" + file.Candidate.Id);
        var forms = CandidateViews.Forms(t, chrome.Base + "candidates/" + c.Id + "/", chrome.Token, posted, today);
        var title = string.Format(t.Culture, t.CandidateTitle, c.LocalReference ?? c.Id);
        var printLine = $"{t.ForCoachOnly} · {StaffLayout.Date(today, t)}" + (c.LocalReference is null ? "" : " · " + c.LocalReference);
        var dataRights = DataRights.DataRightsPage.NoticeModel(chrome.Base, c, staff.IsCoordinator, retention.Value);
        var view = new CandidateView(
            chrome, title, printLine, request.Query.ContainsKey("saved"),
            CandidateViews.Facts(t, c, names.Coach(c.CoachId), CandidateDtos.Status(c, jobs, today)), dataRights,
            c.IsDischarged ? null : CandidateViews.Handover(t, jobs, today),
            // The driegesprek is with the supervisor of a running job: an ended job's supervisor (ended today too) is a former one.
            !c.IsDischarged && jobs.FirstOrDefault(j => j.IsOpenOn(today) && !(j.EndDate <= today)) is { } running
                ? DriegesprekSection.View(preparation, t, c, running, today) : null,
            jobs.Select(j => CandidateViews.Job(t, j, today, c.IsDischarged, names)).ToList(),
            stored.Where(s => s.ResolvedAt is null).OrderByDescending(s => s.Severity).ThenBy(s => s.OpenedAt)
                .Select(s => SignalViews.Card(t, s, jobs, names)).ToList(),
            stored.Where(s => s.ResolvedAt is not null).OrderByDescending(s => s.ResolvedAt)
                .Select(s => SignalViews.Card(t, s, jobs, names)).ToList(),
            CandidateViews.History(t, invitations, reminded, c.IsDischarged),
            forms, c.IsDischarged)
        {
            Education = CandidateViews.Education(t, c, today),
            Contacts = ContactViews.View(t, logged, c.IsDischarged),
            Observations = ObservationViews.View(t, observed, c.IsDischarged),
            TitleCode = c.LocalReference is null ? null : c.Id,
            SavedMessage = request.Query["saved"] == DriegesprekSummaryPage.SummaryMailed ? DriegesprekText.For(t.Lang).SummaryMailed : null,
            DriegesprekRecord = !c.IsDischarged && jobs.FirstOrDefault(j => j.IsOpenOn(today) && !(j.EndDate <= today)) is { } talkJob
                ? DriegesprekRecordViews.View(t, talkJob, today, names) : null,
            Voice = CandidateVoiceViews.View(voice, t, changeable: !c.IsDischarged),
            FitReview = await FitReviewAsync(c, jobs, today, t, ct),
        };
        return await Views.RenderAsync<CandidateDocument>(new Dictionary<string, object?>
        {
            [nameof(CandidateDocument.View)] = view,
            [nameof(CandidateDocument.Outcome)] = outcome,
            [nameof(CandidateDocument.Record)] = CandidateRecordForms.View(t, file, invitations, cadence.Value),
        });
    }

    /// <summary>The running job's fit review when its onboarding ends near today: why now, or when it was done.</summary>
    private async Task<FitReviewView?> FitReviewAsync(Candidate c, IReadOnlyList<Job> jobs, DateOnly today, StaffText t, CancellationToken ct)
    {
        if (c.IsDischarged || jobs.Where(j => j.IsOpenOn(today) && !(j.EndDate <= today)).MaxBy(j => j.StartDate) is not { } job)
            return null;
        var end = OnboardingEnd.Of(job.StartDate, rules.Value.OnboardingMonths);
        if (!OnboardingEnd.IsNear(end, today))
            return null;
        var words = FitReviewText.For(t.Lang);
        var reviewed = await fitReviews.ReviewedAtAsync(c.ProgrammeId, c.Id, job.Id, ct);
        return new FitReviewView(words, job.Id, string.Format(t.Culture, words.Explain, StaffLayout.Date(end, t)),
            reviewed is { } at ? string.Format(t.Culture, words.Done, StaffLayout.Date(ProgrammeTime.DateOf(at), t)) : null);
    }

    /// <summary>The candidate's own row could not be read (409): said plainly, with the way back to the caseload.</summary>
    private static IResult UnreadableRecord(HttpRequest request)
    {
        var t = StaffPages.Text(request);
        return StaffLayout.Message(t, t.UnreadableRecordTitle, t.UnreadableRecord, StaffPages.Base(request) + "caseload",
            StatusCodes.Status409Conflict);
    }

    /// <summary>Said as it is to a coach: the page is a coordinator's, not somebody else's caseload.</summary>
    public static IResult CoordinatorsOnly(HttpRequest request, Staff staff)
    {
        var t = StaffPages.Text(request);
        return StaffLayout.Message(t, t.NoAccessTitle, t.CoordinatorsOnly, StaffPages.Base(request) + StaffPages.StartPage(staff),
            StatusCodes.Status403Forbidden);
    }

    public static IResult NoAccess(HttpRequest request)
    {
        var t = StaffPages.Text(request);
        return StaffLayout.Message(
            t, t.NoAccessTitle, t.NoAccess, StaffPages.Base(request) + "caseload",
            StatusCodes.Status403Forbidden);
    }
}
