namespace IpsMonitor.Workspace;

/// <summary>
/// Staff sign in once with their personal key and get a session cookie; signing out ends the session. The key is read
/// from a form field (never from the URL), compared by its hash, and never shown or logged.
/// </summary>
internal sealed class StaffSignIn(AccessStore access, StaffSessionStore sessions, StaffPages pages, GuessThrottle throttle)
{
    [Function("ShowStaffSignIn")]
    public Task<IResult> Show([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/sign-in")] HttpRequest request, CancellationToken ct) =>
        Form(request, null, StatusCodes.Status200OK, request.Query["next"]);

    [Function("StaffSignIn")]
    public async Task<IResult> SignIn([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/sign-in")] HttpRequest request, CancellationToken ct)
    {
        // A second sign-in is harmless (a second session), and answering it with the first one's redirect would leave a
        // browser that never got the first answer's cookie without a session.
        if (await pages.RefuseForgedAsync(request.HttpContext, once: false) is { } forged)
            return forged;
        var t = StaffPages.Text(request);
        var form = await request.ReadFormAsync(ct);
        var key = form["key"].ToString().Trim();
        var staff = key.Length is > 0 and <= 100 ? await access.FindKeyAsync(key, ct) : null;
        if (key.Length == 0)
            return await Form(request, t.EnterKey, StatusCodes.Status400BadRequest, form["next"]);
        if (staff is null)
        {
            if (await throttle.FailedAsync(Guess.Key, request.HttpContext, ct) is not { } refused)
                return await Form(request, t.WrongKey, StatusCodes.Status401Unauthorized, form["next"]);
            GuessThrottle.SetRetryAfter(request.HttpContext, refused);
            return StaffLayout.Message(
                t, t.TooManyAttemptsTitle, t.TooManyAttempts, StaffPages.Base(request) + "sign-in",
                StatusCodes.Status429TooManyRequests);
        }

        var (id, expires) = await sessions.StartAsync(key, staff, ct);
        request.HttpContext.Response.Cookies.Append(StaffPages.SessionCookie, id, StaffPages.CookieOptions(request, expires));
        var next = StaffPages.Next(form["next"]);
        return RespondentPages.SeeOther(StaffPages.Base(request) + (next.Length > 0 ? next : StaffPages.StartPage(staff)));
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

    /// <param name="next">Where to go after signing in, as the address or the form sent it: a wrong key keeps it.</param>
    private Task<IResult> Form(HttpRequest request, string? error, int status, string? next)
    {
        var t = StaffPages.Text(request);
        var notice = request.Query.ContainsKey("revoked") ? t.OwnKeyRevoked
            : request.Query.ContainsKey("signed-out") ? t.SignedOut
            : request.Query.ContainsKey("expired") ? t.SessionEnded
            : request.Query.ContainsKey("ended") ? t.SessionGone : null;
        return Views.PageAsync<StaffSignInPage>(new Dictionary<string, object?>
        {
            [nameof(StaffSignInPage.Text)] = t,
            [nameof(StaffSignInPage.Action)] = StaffPages.Base(request) + "sign-in",
            [nameof(StaffSignInPage.Token)] = pages.FormToken(request.HttpContext),
            [nameof(StaffSignInPage.Next)] = StaffPages.Next(next),
            [nameof(StaffSignInPage.Notice)] = notice,
            [nameof(StaffSignInPage.Error)] = error,
        }, status);
    }
}
