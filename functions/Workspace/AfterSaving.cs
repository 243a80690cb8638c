namespace IpsMonitor.Workspace;

/// <summary>
/// Post/redirect/get for every staff form: a success answers 303 to a page that shows <see cref="SavedNotice"/>, with the
/// fragment that moves focus to it. A reload of that page only reads.
/// </summary>
internal static class AfterSaving
{
    public const string NoticeId = "saved";

    /// <summary>
    /// 303 to a staff page (a path under the staff pages) with the saved notice; <paramref name="section"/> names the part
    /// of the page the form belonged to.
    /// </summary>
    public static IResult Redirect(HttpRequest request, string page, string? section = null) =>
        RespondentPages.SeeOther(
            StaffPages.Base(request) + page + "?saved=" + Uri.EscapeDataString(section ?? "1") + "#" + NoticeId);
}
