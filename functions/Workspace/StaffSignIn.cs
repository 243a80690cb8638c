using IpsMonitor.Access;
using IpsMonitor.CheckIns;
using IpsMonitor.Questionnaires;
using Microsoft.Azure.Functions.Worker;

namespace IpsMonitor.Workspace;

/// <summary>
/// Staff sign in once with their personal key and get a session cookie; signing out ends the session. The key is read
/// from a form field (never from the URL), compared by its hash, and never shown or logged.
/// </summary>
internal sealed class StaffSignIn(AccessStore access, StaffSessionStore sessions, StaffPages pages, GuessThrottle throttle)
{
    [Function("ShowStaffSignIn")]
    public Task<IResult> Show([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/sign-in")] HttpRequest request, CancellationToken ct) =>
        Task.FromResult(Form(request, null, StatusCodes.Status200OK));

    [Function("StaffSignIn")]
    public async Task<IResult> SignIn([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/sign-in")] HttpRequest request, CancellationToken ct)
    {
        if (await pages.RefuseForgedAsync(request.HttpContext) is { } forged)
            return forged;
        var t = StaffText.For(StaffPages.Language(request));
        if (throttle.Refusal(Guess.Key, request.HttpContext) is { } refused)
        {
            GuessThrottle.SetRetryAfter(request.HttpContext, refused);
            return StaffPages.Page(StaffLayout.Message(t, t.TooManyAttemptsTitle, t.TooManyAttempts, StaffPages.Base(request) + "sign-in"), StatusCodes.Status429TooManyRequests);
        }

        var form = await request.ReadFormAsync(ct);
        var key = form["key"].ToString().Trim();
        var staff = key.Length is > 0 and <= 100 ? await access.FindKeyAsync(key, ct) : null;
        if (key.Length == 0)
            return Form(request, t.EnterKey, StatusCodes.Status400BadRequest);
        if (staff is null)
        {
            await throttle.FailedAsync(Guess.Key, request.HttpContext, ct);
            return Form(request, t.WrongKey, StatusCodes.Status401Unauthorized);
        }

        var (id, expires) = await sessions.StartAsync(key, staff, ct);
        request.HttpContext.Response.Cookies.Append(StaffPages.SessionCookie, id, StaffPages.CookieOptions(request, expires));
        return RespondentPages.SeeOther(StaffPages.Base(request) + StaffPages.Next(form["next"]));
    }

    [Function("StaffSignOut")]
    public async Task<IResult> SignOut([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/sign-out")] HttpRequest request, CancellationToken ct)
    {
        if (await pages.RefuseForgedAsync(request.HttpContext) is { } forged)
            return forged;
        if (request.Cookies[StaffPages.SessionCookie] is { } id)
            await sessions.EndAsync(id, ct);
        request.HttpContext.Response.Cookies.Delete(StaffPages.SessionCookie, StaffPages.CookieOptions(request, DateTimeOffset.UnixEpoch));
        return RespondentPages.SeeOther(StaffPages.Base(request) + "sign-in?signed-out=1");
    }

    private IResult Form(HttpRequest request, string? error, int status)
    {
        var t = StaffText.For(StaffPages.Language(request));
        var signedOut = request.Query.ContainsKey("signed-out") ? $"""<p class="notice" role="status">{t.SignedOut}</p>"""
            : request.Query.ContainsKey("expired") ? $"""<p class="notice" role="status">{t.SessionEnded}</p>""" : "";
        var problem = error is null ? "" : $"""<div class="errors" role="alert" tabindex="-1"><p class="error">{Html.Encode(error)}</p></div>""";
        var body = $"""
            <p>{string.Concat(t.Others.Select(o => $"<a href=\"?lang={o.Lang}\" lang=\"{o.Lang}\">{o.LanguageName}</a>"))}</p>
            <h1>{t.SignInTitle}</h1>
            {signedOut}{problem}
            <p>{t.SignInIntro}</p>
            <form method="post" action="{Html.Url(StaffPages.Base(request) + "sign-in")}">
            {pages.AntiforgeryField(request.HttpContext)}
            <input type="hidden" name="next" value="{Html.Encode(StaffPages.Next(request.Query["next"]))}">
            <label for="key">{t.KeyLabel}</label>
            <p class="hint" id="key-hint">{t.KeyHint}</p>
            <input id="key" name="key" type="password" autocomplete="current-password" spellcheck="false" required maxlength="100" size="40" aria-describedby="key-hint"{(error is null ? "" : " aria-invalid=\"true\"")}>
            <p><button type="submit">{t.SignIn}</button></p>
            </form>
            """;
        return StaffPages.Page(StaffLayout.Document(t, t.SignInTitle, body), status);
    }
}
