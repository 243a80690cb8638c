using System.Text.Json;
using System.Text.Json.Serialization;
using IpsMonitor.Workspace;

namespace IpsMonitor.DataRights;

/// <summary>
/// "Gegevens", for coordinators: a candidate's data as a download (everything as JSON, the same export as the API, and
/// the answers as CSV), and erasure after the coordinator typed the candidate number (or the local reference) as
/// confirmation. Downloads and erasure are audited; a wrong confirmation erases nothing and says so.
/// </summary>
internal sealed class DataRightsPage(
    StaffPages pages, StaffGate gate, CandidateRecords records, CheckInStore checkIns, CandidateErasure erasure, ErasureTombstones tombstones,
    AuditLog audit, IOptions<RetentionOptions> retention)
{
    private static readonly JsonSerializerOptions FileJson = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    [Function("ShowDataRights")]
    public Task<IResult> Show(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/candidates/{candidateId}/data")] HttpRequest request,
        string candidateId, CancellationToken ct) =>
        AdmitAsync(request, candidateId, ct).RespondAsync(async admission =>
        {
            await audit.RecordAsync(admission.Staff, "view data rights page", candidateId, ct);
            return await RenderAsync(request, admission.File, null);
        });

    [Function("DownloadCandidateData")]
    public Task<IResult> Download(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/candidates/{candidateId}/data/export")] HttpRequest request,
        string candidateId, CancellationToken ct) =>
        AdmitAsync(request, candidateId, ct).RespondAsync(async admission =>
        {
            if (await records.ExportAsync(admission.Staff, admission.File, "download candidate data", ct) is not { } export)
                return Incomplete(request);
            var json = JsonSerializer.SerializeToUtf8Bytes(export, FileJson);
            return TypedResults.File(json, "application/json", $"kandidaat-{candidateId}.json");
        });

    [Function("DownloadCandidateAnswers")]
    public Task<IResult> Answers(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/candidates/{candidateId}/data/answers")] HttpRequest request,
        string candidateId, CancellationToken ct) =>
        AdmitAsync(request, candidateId, ct).RespondAsync(async admission =>
        {
            var unreadable = UnreadableRows.Count;
            var answers = await checkIns.ForCandidateAsync(admission.File.Candidate.ProgrammeId, candidateId, ct);
            if (UnreadableRows.Count > unreadable)
                return Incomplete(request);
            await audit.RecordAsync(admission.Staff, "download candidate answers", candidateId, ct);
            var csv = AnswersCsv.Write(answers.Select(a => a.Invitation));
            return TypedResults.File(csv, "text/csv; charset=utf-8", $"kandidaat-{candidateId}-antwoorden.csv");
        });

    /// <summary>A download that would leave out rows it could not read is not made (see CandidateRecords.ExportAsync).</summary>
    private static IResult Incomplete(HttpRequest request)
    {
        var t = StaffPages.Text(request);
        return StaffLayout.Message(t, t.UnreadableRecordTitle, t.UnreadableExport,
            StaffPages.Base(request) + "candidates/" + Uri.EscapeDataString(request.RouteValues["candidateId"]?.ToString() ?? "") + "/data",
            StatusCodes.Status409Conflict);
    }

    [Function("EraseCandidateForm")]
    public async Task<IResult> Erase(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/candidates/{candidateId}/erase")] HttpRequest request,
        string candidateId, CancellationToken ct)
    {
        if (!(await pages.FormSenderAsync(request, coordinatorOnly: false, ct)).Passed(out var staff, out var refusal))
            return refusal;
        // A repeated form (a reload, or an erasure that stopped halfway) finishes what was begun.
        if (staff.IsCoordinator && await tombstones.FindAsync(candidateId, ct) is { } begun && begun.ProgrammeId == staff.ProgrammeId)
        {
            await erasure.EraseAsync(begun.ProgrammeId, candidateId, staff, ct);
            return RespondentPages.SeeOther(StaffPages.Base(request) + "erased");
        }
        if (!(await AdmitAsync(request, candidateId, ct)).Passed(out var admission, out var denied))
            return denied;
        var file = admission.File;
        var typed = (await request.ReadFormAsync(ct))["confirmation"].ToString().Trim();
        if (!Confirms(typed, file.Candidate))
        {
            await audit.RecordAsync(staff, "view data rights page", candidateId, ct);
            // Shown again without what no one can see (control or direction characters), so it reads as what it is.
            return await RenderAsync(request, file, TextRule.Clean(typed, multiLine: false), StatusCodes.Status400BadRequest);
        }
        await erasure.EraseAsync(file.Candidate.ProgrammeId, candidateId, staff, ct);
        return RespondentPages.SeeOther(StaffPages.Base(request) + "erased");
    }

    /// <summary>Where an erasure leads (post/redirect/get): the confirmation, which names no one and changes nothing.</summary>
    [Function("ShowErased")]
    public async Task<IResult> Erased(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/erased")] HttpRequest request, CancellationToken ct)
    {
        if (!(await pages.SignedInAsync(request, ct)).Passed(out _, out var refusal))
            return refusal;
        return await ErasedAsync(request, DataRightsText.For(StaffPages.Language(request)));
    }

    /// <summary>The notice on the candidate page: when a discharged candidate will be erased, and (for coordinators) the way here.</summary>
    public static ErasureNoticeModel NoticeModel(string staffBase, Candidate candidate, bool isCoordinator, RetentionOptions retention) =>
        new(retention.ErasureDate(candidate), isCoordinator ? staffBase + "candidates/" + candidate.Id + "/data" : null);

    private static bool Confirms(string typed, Candidate candidate) =>
        typed.Length > 0 && (string.Equals(typed, candidate.Id, StringComparison.OrdinalIgnoreCase)
            || string.Equals(typed, candidate.LocalReference, StringComparison.OrdinalIgnoreCase));

    /// <summary>Signed in, a coordinator, and the candidate in their programme; else the sign-in redirect or the same refusal for all.</summary>
    private Task<Gated<Admission>> AdmitAsync(HttpRequest request, string candidateId, CancellationToken ct) =>
        pages.AdmittedAsync(request, staff => staff.IsCoordinator ? gate.CandidateAsync(staff, candidateId, ct)
            : Task.FromResult(Gated<Admission>.Refuse(CandidatePage.NoAccess(request))), ct);

    private Task<IResult> ErasedAsync(HttpRequest request, DataRightsText t) =>
        Views.PageAsync<ErasedView>(new Dictionary<string, object?>
        {
            [nameof(ErasedView.Chrome)] = Chrome(request, "caseload"),
            [nameof(ErasedView.Words)] = t,
        });

    private Task<IResult> RenderAsync(HttpRequest request, VersionedCandidate file, string? wrongConfirmation, int status = StatusCodes.Status200OK)
    {
        var c = file.Candidate;
        var chrome = Chrome(request, "candidates/" + c.Id + "/data");
        var model = new DataRightsModel(c.Id, NoticeModel(chrome.Base, c, isCoordinator: false, retention.Value), wrongConfirmation);
        return Views.PageAsync<DataRightsView>(new Dictionary<string, object?>
        {
            [nameof(DataRightsView.Chrome)] = chrome,
            [nameof(DataRightsView.Words)] = DataRightsText.For(chrome.Text.Lang),
            [nameof(DataRightsView.Model)] = model,
        }, status);
    }

    private StaffChrome Chrome(HttpRequest request, string self) =>
        pages.Chrome(request, StaffPages.Text(request), isCoordinator: true, self);
}
