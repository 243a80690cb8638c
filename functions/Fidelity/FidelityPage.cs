using IpsMonitor.Workbooks;
using IpsMonitor.Workspace;

namespace IpsMonitor.Fidelity;

/// <summary>
/// "Modelgetrouwheid", for coordinators: the team's fidelity reviews with their totals and trend, and the form to record
/// the next one. Beside items 1 and 11 stands the product's own figure for the current quarter, as the last workbook
/// build of it stored it (<see cref="QuarterFiguresStore"/>, one row), so a view costs the same whatever the history and
/// agrees with the workbook's Fidelity sheet; it says when it was computed, or that it has not been yet. Viewing is
/// audited as one row, as on the quarter page.
/// </summary>
internal sealed class FidelityPage(
    StaffPages pages, FidelityStore store, FidelityReviews reviews, QuarterFiguresStore figures, AccessStore access, AuditLog audit,
    TimeProvider time)
{
    [Function("ShowFidelity")]
    public async Task<IResult> Show(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/fidelity")] HttpRequest request, CancellationToken ct)
    {
        if (!(await pages.CoordinatorAsync(request, ct)).Passed(out var staff, out var refusal))
            return refusal;
        var form = new FidelityFormValues(
            ProgrammeTime.Today(time).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), "", "",
            new Dictionary<string, string>(), new Dictionary<string, string>());
        return await RenderAsync(request, staff, form, [], request.Query.ContainsKey("saved"), ct);
    }

    [Function("RecordFidelityReviewForm")]
    public async Task<IResult> Record(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/fidelity/reviews")] HttpRequest request,
        CancellationToken ct)
    {
        if (!(await pages.FormSenderAsync(request, coordinatorOnly: true, ct)).Passed(out var staff, out var refusal))
            return refusal;
        var posted = await request.ReadFormAsync(ct);
        var form = new FormReader(posted);
        var scores = FidelityScale.Codes.ToDictionary(c => c, c => Score(form.Number("score-" + c)));
        var notes = FidelityScale.Codes.ToDictionary(c => c, c => form.Text("note-" + c));
        var input = new FidelityReviewRequest(form.Date("date"), form.Text("reviewers"), scores, notes, form.Text("actionPoints"));
        var outcome = form.Errors.Count == 0 ? await reviews.RecordAsync(staff, input, ct) : new Invalid(form.Errors);
        if (outcome.Succeeded(out _, out var failure))
            return AfterSaving.Redirect(request, "fidelity");
        var f = FidelityText.For(StaffPages.Language(request));
        var errors = failure is Invalid invalid
            ? invalid.Errors.Concat(form.Errors).DistinctBy(e => e.Key)
                .Select(e => new FieldErrorView(e.Key, f.Error(e.Key, e.Value.FirstOrDefault()))).ToList()
            : [new FieldErrorView("date", StaffText.For(f.Lang).Failed(failure))];
        var kept = PostedForm.Kept(posted);
        string Kept(string field) => kept.GetValueOrDefault(field) ?? "";
        var values = new FidelityFormValues(Kept("date"), Kept("reviewers"), Kept("actionPoints"),
            FidelityScale.Codes.ToDictionary(c => c, c => Kept("score-" + c)), FidelityScale.Codes.ToDictionary(c => c, c => Kept("note-" + c)));
        return await RenderAsync(request, staff, values, errors, false, ct, StatusCodes.Status400BadRequest);
    }

    private async Task<IResult> RenderAsync(HttpRequest request, Staff staff, FidelityFormValues form,
        IReadOnlyList<FieldErrorView> errors, bool saved, CancellationToken ct, int status = StatusCodes.Status200OK)
    {
        var (t, c) = StaffPages.CoordinatorTexts(request);
        var f = FidelityText.For(t.Lang);
        var now = time.GetUtcNow();
        var quarter = Quarter.FromInstant(now, Quarter.Amsterdam);
        var stored = (await figures.ReadAsync(staff.ProgrammeId, quarter, 1, ct)).GetValueOrDefault(quarter);
        // The coaches the stored figures name, by name: a point read each, however large the programme.
        var names = await StaffNames.NamedAsync(access, staff.ProgrammeId, stored?.Coaches.Select(x => x.CoachId) ?? [], ct);
        var evidence = new StoredEvidence(quarter, stored is null ? null : FidelityEvidence.Of(stored),
            stored is null ? null : QuarterPage.Computed(stored.ComputedAt, now, t, c), names);
        await audit.RecordAsync(staff, $"view fidelity reviews {quarter}", null, ct);
        var history = await store.ListAsync(staff.ProgrammeId, ct);
        var last = history.Count > 0 ? history[^1] : null;
        var model = new FidelityPageModel(FidelityViews.History(history, f), FidelityViews.Trend(history, f),
            last?.ActionPoints, FidelityViews.Groups(last, evidence, f, c), form, errors, saved);
        var chrome = new StaffChrome(t, StaffPages.Base(request), pages.FormToken(request.HttpContext), staff.IsCoordinator)
        {
            Self = StaffPages.Base(request) + "fidelity",
        };
        return await Views.PageAsync<FidelityView>(new Dictionary<string, object?>
        {
            [nameof(FidelityView.Chrome)] = chrome,
            [nameof(FidelityView.Words)] = f,
            [nameof(FidelityView.Model)] = model,
        }, status);
    }

    /// <summary>A whole number as sent; anything else is out of range, so the review's own check names the field.</summary>
    private static int? Score(decimal? value) => value is { } v ? (v == decimal.Truncate(v) && v is >= 0 and <= 100 ? (int)v : -1) : null;
}
