using System.Globalization;
using IpsMonitor.Development;
using Microsoft.AspNetCore.Components;

namespace IpsMonitor.Workspace;

/// <summary>
/// The candidate page's forms for the record itself: refer again after a discharge, correct the e-mail address, language
/// or referral, set the check-in rhythm, and issue or stop the "Mijn ontwikkeling" link. Each takes the one path of the
/// candidate forms (<see cref="CandidateForms.HandleAsync"/>) with the API's own request and operation.
/// </summary>
internal sealed class CandidateRecordForms(
    CandidateForms forms, StaffGate gate, RecordDischarge discharge, SetCadence cadence, CorrectCandidate correction,
    DevelopmentLinks development, CorrectInvitation invitations, CandidateConfirmations confirm)
{
    [Function("ReferAgainForm")]
    public Task<IResult> ReferAgain(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/candidates/{candidateId}/referrals")] HttpRequest request,
        string candidateId, CancellationToken ct) =>
        HandleAsync(request, candidateId, "referral", f => new ReferralRequest(f.Date("referralDate"), f.Bool("employedAtReferral")),
            (admission, r) => discharge.ReferAgainAsync(admission, r, ct), ct, rules: discharge.ReferralRules);

    [Function("SetCadenceForm")]
    public Task<IResult> SetCadence(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/candidates/{candidateId}/cadence")] HttpRequest request,
        string candidateId, CancellationToken ct) =>
        HandleAsync(request, candidateId, "cadence",
            f => new Cadence(f.Whole("onboardingWeeks"), f.Whole("regularWeeks"), f.Whole("lookingWeeks")),
            (admission, r) => cadence.ApplyAsync(admission, r, ct), ct, rules: (_, r) => Invalid.Of(r.Validate()).Errors);

    [Function("CorrectCandidateForm")]
    public Task<IResult> Correct(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/candidates/{candidateId}/corrections")] HttpRequest request,
        string candidateId, CancellationToken ct) =>
        HandleAsync(request, candidateId, "correction", f =>
        {
            // The page never shows the address: an empty field keeps it, and only the box removes it.
            var patch = new CandidatePatch
            {
                Language = f.Text("language"), ReferralDate = f.Date("referralDate"), EmployedAtReferral = f.Bool("employedAtReferral"),
            };
            var remove = f.Bool("removeEmail") == true;
            if (remove || f.Text("email") is not null)
                patch.Email = remove ? null : f.Text("email");
            return patch;
        }, (admission, r) => correction.ApplyAsync(admission, r, ct), ct, rules: correction.Rules);

    [Function("IssueDevelopmentLinkForm")]
    public Task<IResult> IssueDevelopmentLink(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/candidates/{candidateId}/development-links")] HttpRequest request,
        string candidateId, CancellationToken ct) =>
        HandleAsync(request, candidateId, "development", _ => Done.Instance, (admission, _) => development.IssueAsync(admission, ct), ct);

    [Function("RevokeDevelopmentLinksForm"), Destructive]
    public Task<IResult> RevokeDevelopmentLinks(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/candidates/{candidateId}/development-links/stop")] HttpRequest request,
        string candidateId, CancellationToken ct) =>
        HandleAsync(request, candidateId, "development", _ => Done.Instance, (admission, _) => development.RevokeAsync(admission, ct), ct,
            (admission, outcome, _) => confirm.StopDevelopmentAsync(request, admission, outcome));

    [Function("CorrectInvitationForm")]
    public Task<IResult> CorrectInvitation(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/candidates/{candidateId}/check-ins")] HttpRequest request,
        string candidateId, CancellationToken ct) =>
        HandleAsync(request, candidateId, "checkin", f => new CheckInCorrection(f.Text("invitationId"), f.Choice<Respondent>("respondent")),
            (admission, r) => invitations.CorrectAsync(admission, r.InvitationId ?? "", new InvitationCorrection(r.Respondent), ct), ct);

    /// <summary>Each form's section carries the form's id as the heading's, so the redirect lands on what was saved.</summary>
    private Task<IResult> HandleAsync<TRequest, TValue>(HttpRequest request, string candidateId, string formId,
        Func<FormReader, TRequest> read, Func<Admission, TRequest, Task<Outcome<TValue>>> apply, CancellationToken ct,
        Func<Admission, RenderFragment, PostedForm?, Task<string>>? again = null,
        Func<Admission, TRequest, IReadOnlyDictionary<string, ErrorCode[]>>? rules = null)
        where TRequest : class =>
        forms.HandleAsync(request, staff => gate.CandidateAsync(staff, candidateId, ct), formId + "-title", formId, read, apply, ct, again, rules);

    /// <summary>The development link just made, to copy or to scan, with the last day it works; shown once.</summary>
    public static RenderFragment Handover(StaffText t, DevelopmentLinkDto link)
    {
        var note = t.DevelopmentLinkNote + " " + string.Format(t.Culture, t.LinkValidUntil, StaffLayout.Date(link.ValidThrough, t));
        return Fragment.Of<HandoverLink>(new Dictionary<string, object?>
        {
            [nameof(HandoverLink.Text)] = t,
            [nameof(HandoverLink.View)] = new HandoverLinkView(t.DevelopmentLinkReady, link.Link, LinkHandover.Qr(link.Link), note),
        });
    }

    /// <summary>The values the record forms start from, and whether the candidate is discharged (then only "refer again").</summary>
    public static CandidateRecordView View(StaffText t, VersionedCandidate file, IEnumerable<Invitation> checkIns, CheckInOptions programme)
    {
        var c = file.Candidate;
        static string? Weeks(int? weeks) => weeks?.ToString(CultureInfo.InvariantCulture);
        return new CandidateRecordView(
            c.IsDischarged, c.CurrentReferral.ReferralDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            c.CurrentReferral.EmployedAtReferral, c.Language, file.Email is not null,
            Weeks(c.Cadence?.OnboardingWeeks), Weeks(c.Cadence?.RegularWeeks), Weeks(c.Cadence?.LookingWeeks),
            LanguageChoices(t), Correctable(t, checkIns),
            string.Format(t.Culture, t.ProgrammeRhythm, programme.OnboardingWeeks, programme.RegularWeeks, programme.LookingWeeks));
    }

    /// <summary>The check-ins whose respondent can still change: open ones, and cancelled ones that were never answered.</summary>
    private static IReadOnlyList<Choice> Correctable(StaffText t, IEnumerable<Invitation> checkIns) =>
        checkIns.Where(i => i.State is InvitationState.Open or InvitationState.Cancelled).OrderByDescending(i => i.DueDate)
            .Select(i => new Choice(i.Id, $"{StaffLayout.Date(i.DueDate, t)} · "
                + $"{(i.Respondent == Respondent.Candidate ? t.CandidateSide : t.SupervisorSide)} · {t.StateLabel(i.State)}"))
            .ToList();

    public static IReadOnlyList<Choice> LanguageChoices(StaffText t) =>
        Languages.Respondent.Select(l => new Choice(l, t.LanguageLabels.GetValueOrDefault(l) ?? l)).ToList();
}

/// <summary>A candidate's record as the correction, rhythm, referral and development forms start from it.</summary>
public sealed record CandidateRecordView(
    bool Discharged, string ReferralDate, bool EmployedAtReferral, string Language, bool EmailKnown,
    string? OnboardingWeeks, string? RegularWeeks, string? LookingWeeks, IReadOnlyList<Choice> Languages,
    IReadOnlyList<Choice> CorrectableCheckIns, string ProgrammeRhythm);

/// <summary>Which check-in the form corrects, and for whom it is: the API's correction with the check-in it names in its path.</summary>
public sealed record CheckInCorrection(string? InvitationId, Respondent? Respondent);
