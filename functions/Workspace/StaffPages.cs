using System.Net;
using Microsoft.AspNetCore.Antiforgery;

namespace IpsMonitor.Workspace;

/// <summary>
/// The door of the staff pages: the session cookie, the language, the antiforgery token of every form, and the HTML
/// answers (never cached, with the questionnaire pages' security headers). A page without a session sends the browser
/// to sign-in; a form without a valid token is refused with 400 before anything is read or written.
/// </summary>
internal sealed class StaffPages(StaffSessionStore sessions, IAntiforgery antiforgery, FormSends sends)
{
    public const string SessionCookie = "ipsm_staff";
    public const string LanguageCookie = "ipsm_lang";

    /// <summary>The signed-in coordinator; else the redirect to sign-in, or for a coach the no-access page.</summary>
    public async Task<Gated<Staff>> CoordinatorAsync(HttpRequest request, CancellationToken ct)
    {
        if (!(await SignedInAsync(request, ct)).Passed(out var staff, out var refusal))
            return Gated<Staff>.Refuse(refusal);
        return staff.IsCoordinator ? Gated<Staff>.Pass(staff) : Gated<Staff>.Refuse(CandidatePage.CoordinatorsOnly(request, staff));
    }

    /// <summary>
    /// Who sent a staff form: refused first when the form carries no valid antiforgery token, before anything is read,
    /// then as <see cref="SignedInAsync"/>, or as <see cref="CoordinatorAsync"/> for a coordinator's form.
    /// </summary>
    public async Task<Gated<Staff>> FormSenderAsync(HttpRequest request, bool coordinatorOnly, CancellationToken ct) =>
        await RefuseForgedAsync(request.HttpContext) is { } forged ? Gated<Staff>.Refuse(forged)
        : coordinatorOnly ? await CoordinatorAsync(request, ct)
        : await SignedInAsync(request, ct);

    /// <summary>The signed-in staff member's admission to a candidate or job; the no-access page when it is not theirs.</summary>
    public async Task<Gated<TAdmission>> AdmittedAsync<TAdmission>(
        HttpRequest request, Func<Staff, Task<Gated<TAdmission>>> admit, CancellationToken ct) where TAdmission : class
    {
        if (!(await SignedInAsync(request, ct)).Passed(out var staff, out var refusal))
            return Gated<TAdmission>.Refuse(refusal);
        var admitted = await admit(staff);
        return admitted.Refusal is null ? admitted : Gated<TAdmission>.Refuse(CandidatePage.NoAccess(request));
    }

    /// <summary>The signed-in staff member, or the redirect to sign-in.</summary>
    public async Task<Gated<Staff>> SignedInAsync(HttpRequest request, CancellationToken ct)
    {
        var staff = await sessions.FindAsync(request.Cookies[SessionCookie], ct);
        if (staff is not null)
            return Gated<Staff>.Pass(staff);
        if (request.Cookies.ContainsKey(SessionCookie))
            request.HttpContext.Response.Cookies.Delete(SessionCookie, CookieOptions(request, DateTimeOffset.UnixEpoch));
        // Back to this page after signing in; a form sent without a session is not repeated, but said to be lost.
        var full = (request.PathBase + request.Path).Value ?? "";
        var here = full.StartsWith(Base(request), StringComparison.Ordinal) ? full[Base(request).Length..] : "";
        // A page's query (a filter, a page number) comes back too, unless it is more than a return address may carry.
        if (HttpMethods.IsGet(request.Method) && Next(here + request.QueryString.Value) is { Length: > 0 } withQuery)
            here = withQuery;
        // A session cookie that no longer signs in (the session ended, the key was revoked) is said so, not met by a bare form.
        var ended = request.Cookies.ContainsKey(SessionCookie) ? "ended=1&" : "";
        var query = HttpMethods.IsGet(request.Method) ? $"?{ended}next=" + Uri.EscapeDataString(here) : "?expired=1&next=" + Uri.EscapeDataString(here);
        return Gated<Staff>.Refuse(RespondentPages.SeeOther(Base(request) + "sign-in" + query));
    }

    /// <summary>
    /// Where to go after signing in: a staff page path such as "candidates/k-1", with its query if it had one
    /// ("caseload?coach=c-2&amp;page=2"), never another site nor signing in or out again; else empty, and the start page of the role
    /// (<see cref="StartPage"/>). The query may hold only what a form's own encoding writes, so nothing in it can end
    /// the redirect's header or reach the page unencoded.
    /// </summary>
    public static string Next(string? next)
    {
        if (next is not { Length: > 0 and <= 400 } n)
            return "";
        var split = n.IndexOf('?', StringComparison.Ordinal);
        var path = split < 0 ? n : n[..split];
        var query = split < 0 ? "" : n[(split + 1)..];
        return path.Length is > 0 and <= 200 && path.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '/' or '_')
            && !path.StartsWith('/') && !path.Contains("//", StringComparison.Ordinal) && path is not ("sign-in" or "sign-out")
            && query.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~' or '=' or '&' or '%' or '+')
            ? n : "";
    }

    /// <summary>A coach starts the day on "Vandaag"; a coordinator on the programme's caseload.</summary>
    public static string StartPage(Staff staff) => staff.IsCoordinator ? "caseload" : "today";

    /// <summary>
    /// Null when the form carries a valid antiforgery token made for this browser session; else the page that says the
    /// form expired (400). A token made for another session, or for no session, does not count. A form sent before
    /// (<see cref="FormSends"/>) is answered as it was the first time, and nothing is done again; only signing in, which
    /// starts a new session with its own cookie, is not held to that (<paramref name="once"/> false).
    /// </summary>
    public async Task<IResult?> RefuseForgedAsync(HttpContext context, bool once = true)
    {
        try
        {
            Prepare(context);
            await FormNul.ReplaceAsync(context.Request, context.RequestAborted);
            await antiforgery.ValidateRequestAsync(context);
            return once ? await sends.ClaimAsync(context, context.RequestAborted) : null;
        }
        catch (AntiforgeryValidationException)
        {
            var text = StaffText.For(Language(context.Request));
            return StaffLayout.Message(
                text, text.FormExpiredTitle, text.FormExpired, Base(context.Request) + "caseload",
                StatusCodes.Status400BadRequest);
        }
    }

    /// <summary>
    /// The staff header of a page whose own address is <paramref name="self"/> under the staff pages (none: the language
    /// switch stays on the address the browser asked for). A page asked for with GET keeps its query in the switch (its
    /// filters, look-up and page); a page that answers a form has none to keep.
    /// </summary>
    public StaffChrome Chrome(HttpRequest request, StaffText t, bool isCoordinator, string? self = null) =>
        new(t, Base(request), FormToken(request.HttpContext), isCoordinator)
        {
            Self = self is null ? null : Base(request) + self,
            Query = !HttpMethods.IsGet(request.Method) ? [] : [.. request.Query.Where(q => !q.Key.Equals("lang", StringComparison.OrdinalIgnoreCase))
                .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)))],
        };

    /// <summary>The hidden field every form carries; the matching cookie is set with it.</summary>
    public FormToken FormToken(HttpContext context)
    {
        Prepare(context);
        var tokens = antiforgery.GetAndStoreTokens(context);
        return new FormToken(tokens.FormFieldName, tokens.RequestToken ?? "");
    }

    /// <summary>
    /// Before antiforgery reads or makes a token. Behind the TLS front end the worker sees plain HTTP, so the request
    /// takes the scheme of the configured public address, and the antiforgery cookie (SameAsRequest) is Secure.
    /// Antiforgery also ties a token to the user's claims; the staff pages have no ASP.NET Core sign-in, so the session
    /// cookie (hashed: the claim ends up in the token) is made the user: a token then works only with the session it was
    /// made in. Without a session cookie the user stays anonymous, as on the sign-in page.
    /// </summary>
    private static void Prepare(HttpContext context)
    {
        if (!context.Request.IsHttps && PublicAddressIsSecure(context.Request))
            context.Request.Scheme = Uri.UriSchemeHttps;
        if (context.Request.Cookies[SessionCookie] is not { Length: > 0 } session || context.User.Identity?.IsAuthenticated == true)
            return;
        var claim = new System.Security.Claims.Claim(System.Security.Claims.ClaimTypes.NameIdentifier, Secrets.Hash(session));
        context.User = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity([claim], SessionCookie));
    }

    /// <summary>
    /// The staff language chosen (?lang=en, remembered in a cookie); without a choice, the first staff language the
    /// browser asks for; else Dutch. The choice always wins over the browser.
    /// </summary>
    public static string Language(HttpRequest request)
    {
        if (Languages.Supported(request.Query["lang"].FirstOrDefault(), Languages.Staff) is { } asked)
        {
            request.HttpContext.Response.Cookies.Append(LanguageCookie, asked, CookieOptions(request, DateTimeOffset.UtcNow.AddYears(1)));
            return asked;
        }
        return Languages.Supported(request.Cookies[LanguageCookie], Languages.Staff) ?? FromBrowser(request) ?? Languages.Default;
    }

    /// <summary>The browser's most wanted staff language ("en-US,en;q=0.9" is English), by its weights; null when none is one.</summary>
    private static string? FromBrowser(HttpRequest request) =>
        request.GetTypedHeaders().AcceptLanguage.Where(l => l.Quality is not 0d).OrderByDescending(l => l.Quality ?? 1)
            .Select(l => Languages.Supported(l.Value.Value?.Split('-')[0].ToLowerInvariant(), Languages.Staff))
            .FirstOrDefault(l => l is not null);

    /// <summary>The staff words in the reader's language (<see cref="Language"/>).</summary>
    public static StaffText Text(HttpRequest request) => StaffText.For(Language(request));

    /// <summary>The coordinator pages' words (quarter, workbooks, fidelity) beside the staff words, in the reader's language.</summary>
    public static (StaffText Staff, CoordinatorText Coordinator) CoordinatorTexts(HttpRequest request)
    {
        var lang = Language(request);
        return (StaffText.For(lang), CoordinatorText.For(lang));
    }

    /// <summary>
    /// An address longer than any real one (a whole text pasted into a search), answered to a staff member's browser as a
    /// page in their words with a way back to the caseload, not as the API's problem details.
    /// </summary>
    public static IResult AddressTooLong(HttpRequest request)
    {
        var t = Text(request);
        return StaffLayout.Message(t, t.AddressTooLongTitle, t.AddressTooLong, Base(request) + "caseload", StatusCodes.Status414UriTooLong);
    }

    /// <summary>Where the staff pages live ("/api/staff/" behind the route prefix), for links and redirects.</summary>
    public static string Base(HttpRequest request)
    {
        var path = request.Path.Value ?? "/";
        var at = path.IndexOf("/staff/", StringComparison.Ordinal);
        return request.PathBase + (at >= 0 ? path[..(at + "/staff/".Length)] : "/api/staff/");
    }

    /// <summary>
    /// HttpOnly, SameSite=Strict, and Secure unless the app's public address is plain HTTP on this machine (the local
    /// host). Decided from the configured address, not from the request: behind the TLS front end the worker sees HTTP
    /// from a loopback hop.
    /// </summary>
    public static CookieOptions CookieOptions(HttpRequest request, DateTimeOffset expires) => new()
    {
        HttpOnly = true,
        SameSite = SameSiteMode.Strict,
        Secure = request.IsHttps || !IsLoopback(request) || PublicAddressIsSecure(request),
        Path = Base(request),
        Expires = expires,
        IsEssential = true,
    };

    private static bool PublicAddressIsSecure(HttpRequest request) =>
        request.HttpContext.RequestServices.GetRequiredService<IOptions<CheckInOptions>>().Value.PublicAddressIsSecure;

    private static bool IsLoopback(HttpRequest request) =>
        request.Host.Host == "localhost" || (IPAddress.TryParse(request.Host.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));

    public static IResult Page(string html, int status = StatusCodes.Status200OK) => RespondentPages.Html(html, status);
}
