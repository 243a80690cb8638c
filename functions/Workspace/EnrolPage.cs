using System.Globalization;
using Microsoft.AspNetCore.Components;

namespace IpsMonitor.Workspace;

/// <summary>
/// "Kandidaat aanmelden", reached from the caseload: the enrolment form with the API's request and operation. A coach
/// enrols into their own caseload; a coordinator chooses the coach. A success opens the new candidate's page (303), so a
/// reload never enrols twice; the same local reference twice is refused, in the reader's words, as the API refuses it.
/// </summary>
internal sealed class EnrolPage(StaffPages pages, AccessStore access, EnrolCandidate enrol, TimeProvider time)
{
    [Function("ShowEnrolment")]
    public Task<IResult> Show(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/enrolment")] HttpRequest request, CancellationToken ct) =>
        pages.SignedInAsync(request, ct).RespondAsync(async staff => StaffPages.Page(await RenderAsync(request, staff, null, null, ct)));

    [Function("EnrolCandidateForm")]
    public async Task<IResult> Enrol(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/enrolment")] HttpRequest request, CancellationToken ct)
    {
        if (!(await pages.FormSenderAsync(request, coordinatorOnly: false, ct)).Passed(out var staff, out var refusal))
            return refusal;
        var form = await request.ReadFormAsync(ct);
        var reader = new FormReader(form);
        var input = new EnrolCandidateRequest(reader.Date("referralDate"), reader.Bool("employedAtReferral"),
            staff.IsCoordinator ? reader.Text("coachId") : null, reader.Text("localReference"), reader.Text("language"), reader.Text("email"));
        var readable = reader.Check(input, time.Today());
        // A field that does not read hides no other error: the enrolment's own rules run on the rest.
        if (!readable)
            reader.Also(EnrolCandidate.Rules(staff, input, time.Today()));
        var outcome = readable ? await enrol.ApplyAsync(staff, input, ct, reader.Text("candidateId")) : new Invalid(reader.Errors);
        if (outcome.Succeeded(out var candidate, out var failure))
            return AfterSaving.Redirect(request, "candidates/" + candidate.Id);

        var t = StaffPages.Text(request);
        var shown = failure switch
        {
            Invalid invalid => CandidateForms.Errors(t, invalid.Errors, "enrol", form),
            Refused { Code: EnrolCandidate.AlreadyEnrolled } => CandidateForms.Failure(t.AlreadyEnrolled),
            Refused { Code: EnrolCandidate.AskCoordinator } => CandidateForms.Failure(t.AskCoordinator),
            Refused { Code: EnrolCandidate.FormSentAlready } => CandidateForms.Failure(t.FormSentAlready),
            _ => CandidateForms.Failure(t.Failed(failure)),
        };
        var posted = PostedForm.From("enrol", form, failure is Invalid i ? t.FieldMessages(i.Errors, "enrol", form) : new Dictionary<string, string>());
        // A form whose id enrolled someone already gets a fresh one: sent again, it enrols the candidate now typed.
        var freshId = failure is Refused { Code: EnrolCandidate.FormSentAlready };
        return StaffPages.Page(await RenderAsync(request, staff, shown, posted, ct, freshId), ApiOutcome.Status(failure));
    }

    private async Task<string> RenderAsync(HttpRequest request, Staff staff, RenderFragment? outcome, PostedForm? posted, CancellationToken ct,
        bool freshId = false)
    {
        var t = StaffPages.Text(request);
        var coaches = staff.IsCoordinator
            ? (await access.CoachesAsync(staff.ProgrammeId, ct)).Where(c => c.Active).OrderBy(c => c.Name ?? c.Id, StringComparer.CurrentCulture)
                .Select(c => new Choice(c.Id, c.Name is null ? c.Id : $"{c.Name} ({c.Id})")).ToList()
            : [];
        // A form sent again after an error keeps the id it proposed: nothing was enrolled under it yet.
        var proposed = !freshId && PostedForm.Value(posted, "enrol", "candidateId", "") is { } sent && CaseloadStore.IsCandidateId(sent)
            ? sent : CaseloadStore.NewCandidateId();
        var view = new EnrolView(pages.Chrome(request, t, staff.IsCoordinator, "enrolment"),
            time.Today().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), coaches, CandidateRecordForms.LanguageChoices(t), posted, proposed);
        return await Views.RenderAsync<EnrolDocument>(new Dictionary<string, object?>
        {
            [nameof(EnrolDocument.View)] = view,
            [nameof(EnrolDocument.Outcome)] = outcome,
        });
    }
}

/// <summary>The enrolment form: its words, today's date, the coaches to choose from (coordinators only) and what came back.</summary>
public sealed record EnrolView(
    StaffChrome Chrome, string Today, IReadOnlyList<Choice> Coaches, IReadOnlyList<Choice> Languages,
    PostedForm? Posted, string CandidateId);
