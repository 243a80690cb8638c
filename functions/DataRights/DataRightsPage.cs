using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using IpsMonitor.Access;
using IpsMonitor.Caseload;
using IpsMonitor.Platform;
using IpsMonitor.CheckIns;
using IpsMonitor.Questionnaires;
using IpsMonitor.Workspace;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;

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
    public async Task<IResult> Show([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/candidates/{candidateId}/data")] HttpRequest request, string candidateId, CancellationToken ct)
    {
        if (!(await AdmitAsync(request, candidateId, ct)).Passed(out var admission, out var refusal))
            return refusal;
        var (staff, file) = admission;
        await audit.RecordAsync(staff, "view data rights page", candidateId, ct);
        return StaffPages.Page(Render(request, file, null));
    }

    [Function("DownloadCandidateData")]
    public async Task<IResult> Download([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/candidates/{candidateId}/data/export")] HttpRequest request, string candidateId, CancellationToken ct)
    {
        if (!(await AdmitAsync(request, candidateId, ct)).Passed(out var admission, out var refusal))
            return refusal;
        var (staff, file) = admission;
        var export = await records.ExportAsync(staff, file, "download candidate data", ct);
        return TypedResults.File(JsonSerializer.SerializeToUtf8Bytes(export, FileJson), "application/json", $"kandidaat-{candidateId}.json");
    }

    [Function("DownloadCandidateAnswers")]
    public async Task<IResult> Answers([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/candidates/{candidateId}/data/answers")] HttpRequest request, string candidateId, CancellationToken ct)
    {
        if (!(await AdmitAsync(request, candidateId, ct)).Passed(out var admission, out var refusal))
            return refusal;
        var (staff, file) = admission;
        var answers = await checkIns.ForCandidateAsync(file.Candidate.ProgrammeId, candidateId, ct);
        await audit.RecordAsync(staff, "download candidate answers", candidateId, ct);
        return TypedResults.File(AnswersCsv.Write(answers.Select(a => a.Invitation)), "text/csv; charset=utf-8", $"kandidaat-{candidateId}-antwoorden.csv");
    }

    [Function("EraseCandidateForm")]
    public async Task<IResult> Erase([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/candidates/{candidateId}/erase")] HttpRequest request, string candidateId, CancellationToken ct)
    {
        if (await pages.RefuseForgedAsync(request.HttpContext) is { } forged)
            return forged;
        if (!(await pages.SignedInAsync(request, ct)).Passed(out var staff, out var refusal))
            return refusal;
        var t = DataRightsText.For(StaffPages.Language(request));
        // A repeated form (a reload, or an erasure that stopped halfway) finishes what was begun.
        if (staff.IsCoordinator && await tombstones.FindAsync(candidateId, ct) is { } begun && begun.ProgrammeId == staff.ProgrammeId)
        {
            await erasure.EraseAsync(begun.ProgrammeId, candidateId, staff, ct);
            return Erased(request, t);
        }
        if (!(await AdmitAsync(request, candidateId, ct)).Passed(out var admission, out var denied))
            return denied;
        var file = admission.File;
        var typed = (await request.ReadFormAsync(ct))["confirmation"].ToString().Trim();
        if (!Confirms(typed, file.Candidate))
        {
            await audit.RecordAsync(staff, "view data rights page", candidateId, ct);
            return StaffPages.Page(Render(request, file, typed), StatusCodes.Status400BadRequest);
        }
        await erasure.EraseAsync(file.Candidate.ProgrammeId, candidateId, staff, ct);
        return Erased(request, t);
    }

    /// <summary>The notice on the candidate page: when a discharged candidate will be erased, and (for coordinators) the way here.</summary>
    public static string Notice(string lang, string staffBase, Candidate candidate, bool isCoordinator, RetentionOptions retention)
    {
        var t = DataRightsText.For(lang);
        var culture = CultureInfo.GetCultureInfo(lang == "en" ? "en-GB" : "nl-NL");
        var erasedOn = retention.ErasureDate(candidate) is { } date
            ? $"<p class=\"notice\" data-erasure-date=\"{date:yyyy-MM-dd}\">{Html.Encode(string.Format(culture, t.ErasedOn, date.ToString("d MMMM yyyy", culture)))}</p>"
            : "";
        var link = isCoordinator ? $"<p class=\"no-print\"><a href=\"{Html.Url(staffBase + "candidates/" + candidate.Id + "/data")}\">{t.LinkFromCandidate}</a></p>" : "";
        return erasedOn + link;
    }

    private static bool Confirms(string typed, Candidate candidate) =>
        typed.Length > 0 && (string.Equals(typed, candidate.Id, StringComparison.OrdinalIgnoreCase)
            || string.Equals(typed, candidate.LocalReference, StringComparison.OrdinalIgnoreCase));

    /// <summary>Signed in, a coordinator, and the candidate in their programme; else the sign-in redirect or the same refusal for all.</summary>
    private async Task<Gated<Admission>> AdmitAsync(HttpRequest request, string candidateId, CancellationToken ct)
    {
        if (!(await pages.SignedInAsync(request, ct)).Passed(out var staff, out var refusal))
            return Gated<Admission>.Refuse(refusal);
        var admitted = staff.IsCoordinator ? await gate.CandidateAsync(staff, candidateId, ct) : null;
        return admitted is not null && admitted.Passed(out _, out _) ? admitted : Gated<Admission>.Refuse(CandidatePage.NoAccess(request));
    }

    private IResult Erased(HttpRequest request, DataRightsText t)
    {
        var s = StaffText.For(StaffPages.Language(request));
        var chrome = new StaffChrome(s, StaffPages.Base(request), pages.FormToken(request.HttpContext), IsCoordinator: true) { Self = StaffPages.Base(request) + "caseload" };
        var body = $"""
            <h1>{t.ErasedTitle}</h1>
            <p class="notice" role="status">{t.Erased}</p>
            <p><a href="{Html.Url(chrome.Base + "caseload")}">{t.ToCaseload}</a></p>
            """;
        return StaffPages.Page(StaffLayout.Document(s, t.ErasedTitle, body, chrome));
    }

    private string Render(HttpRequest request, CandidateFile file, string? wrongConfirmation)
    {
        var s = StaffText.For(StaffPages.Language(request));
        var t = DataRightsText.For(s.Lang);
        var c = file.Candidate;
        var chrome = new StaffChrome(s, StaffPages.Base(request), pages.FormToken(request.HttpContext), IsCoordinator: true) { Self = StaffPages.Base(request) + "candidates/" + c.Id + "/data" };
        var here = chrome.Base + "candidates/" + c.Id + "/";
        var title = string.Format(s.Culture, t.Title, c.Id);
        var error = wrongConfirmation is null ? "" : $"""<div class="errors" role="alert" id="erase-error"><p class="error">{t.WrongConfirmation}</p></div>""";
        var body = $"""
            <p class="no-print"><a href="{Html.Url(here[..^1])}">{t.BackToCandidate}</a></p>
            <h1>{Html.Encode(title)}</h1>
            <p>{t.Intro}</p>
            {Notice(s.Lang, chrome.Base, c, isCoordinator: false, retention.Value)}
            <section aria-labelledby="download-title"><h2 id="download-title">{t.DownloadTitle}</h2>
            <p>{t.DownloadIntro}</p>
            <ul>
            <li><a href="{Html.Url(here + "data/export")}" download>{t.DownloadJson}</a></li>
            <li><a href="{Html.Url(here + "data/answers")}" download>{t.DownloadCsv}</a></li>
            </ul>
            </section>
            <section aria-labelledby="erase-title"><h2 id="erase-title">{t.EraseTitle}</h2>
            <p>{t.EraseIntro}</p>
            <p class="hint">{t.EraseKeeps}</p>
            {error}
            <form method="post" action="{Html.Url(here + "erase")}">{chrome.AntiforgeryField}
            <label for="confirmation">{t.ConfirmLabel}</label>
            <p class="hint" id="confirmation-hint">{Html.Encode(string.Format(s.Culture, t.ConfirmHint, c.Id))}</p>
            <input type="text" id="confirmation" name="confirmation" autocomplete="off" spellcheck="false" aria-describedby="confirmation-hint{(error.Length > 0 ? " erase-error" : "")}"{(error.Length > 0 ? " aria-invalid=\"true\"" : "")} value="{Html.Encode(wrongConfirmation ?? "")}">
            <p><button type="submit">{t.EraseButton}</button></p>
            </form>
            </section>
            """;
        return StaffLayout.Document(s, title, body, chrome);
    }
}
