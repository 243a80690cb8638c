using IpsMonitor.Questionnaires;

namespace IpsMonitor.Workspace;

/// <summary>
/// The document around every staff page: a header with the navigation, the language switch and sign-out, then the
/// page. No scripts and no external assets; the style reflows to one column on a phone and at 200% text.
/// </summary>
internal static class StaffLayout
{
    public sealed record Chrome(StaffText Text, string Base, string AntiforgeryField, bool IsCoordinator)
    {
        /// <summary>The page's own GET address, for the language switch: a page that answered a form lives at the form's POST address.</summary>
        public string? Self { get; init; }
    }

    /// <param name="head">Extra elements for the head, such as the build status page's refresh.</param>
    public static string Document(StaffText t, string title, string body, Chrome? chrome = null, string head = "") => $"""
        <!doctype html>
        <html lang="{t.Lang}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="robots" content="noindex">
        <meta name="referrer" content="no-referrer">
        <title>{Html.Encode(title)} · IpsMonitor</title>{head}
        <style>
        {StaffStyle.Css}
        </style>
        </head>
        <body>
        {(chrome is null ? "" : Header(chrome))}
        <main id="main">
        {body}
        </main>
        </body>
        </html>

        """;

    private static string Header(Chrome c)
    {
        var t = c.Text;
        var other = t.Lang == "nl" ? "en" : "nl";
        return $"""
            <header class="top">
            <a class="skip" href="#main">{t.SkipToContent}</a>
            <nav aria-label="{t.Navigation}">
            <a href="{Html.Url(c.Base + "caseload")}">{(c.IsCoordinator ? t.CaseloadProgramme : t.CaseloadMine)}</a>
            {(c.IsCoordinator ? $"<a href=\"{Html.Url(c.Base + "team")}\">{t.TeamNav}</a>" : "")}
            {(c.IsCoordinator ? $"<a href=\"{Html.Url(c.Base + "quarter")}\">{CoordinatorText.For(t.Lang).QuarterNav}</a> <a href=\"{Html.Url(c.Base + "workbooks")}\">{CoordinatorText.For(t.Lang).WorkbooksNav}</a>" : "")}
            {(c.IsCoordinator ? $"<a href=\"{Html.Url(c.Base + "audit")}\">{AuditText.For(t.Lang).Nav}</a>" : "")}
            <a href="{Html.Url((c.Self ?? "") + "?lang=" + other)}" lang="{other}">{t.OtherLanguage}</a>
            <form method="post" action="{Html.Url(c.Base + "sign-out")}" class="inline">{c.AntiforgeryField}<button type="submit" class="link">{t.SignOut}</button></form>
            </nav>
            </header>
            """;
    }

    /// <summary>A page with one message and a way on: an expired form, too many attempts.</summary>
    public static string Message(StaffText t, string title, string message, string next) =>
        Document(t, title, $"""<h1>{Html.Encode(title)}</h1><p>{Html.Encode(message)}</p><p><a href="{Html.Url(next)}">{t.Continue}</a></p>""");

    public static string Date(DateOnly? date, StaffText t) =>
        date is { } d ? d.ToString("d MMM yyyy", t.Culture) : "–";

    public static string Date(DateTimeOffset? moment, StaffText t) =>
        moment is { } m ? Date(Platform.ProgrammeTime.DateOf(m), t) : "–";
}
