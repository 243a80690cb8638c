using IpsMonitor.Platform;
using Microsoft.AspNetCore.Components;

namespace IpsMonitor.Workspace;

/// <summary>Helpers around <see cref="StaffDocument"/> for the pages still built as strings.</summary>
internal static class StaffLayout
{
    /// <param name="head">Extra elements for the head, such as the build status page's refresh.</param>
    public static string Document(StaffText t, string title, string body, StaffChrome? chrome = null, string head = "") =>
        Views.RenderAsync<StaffDocument>(new Dictionary<string, object?>
        {
            [nameof(StaffDocument.Text)] = t,
            [nameof(StaffDocument.Title)] = title,
            [nameof(StaffDocument.Chrome)] = chrome,
            [nameof(StaffDocument.Head)] = Markup(head),
            [nameof(StaffDocument.ChildContent)] = Markup(body),
        }).GetAwaiter().GetResult();

    // The body was built and encoded by the page itself; this bridge goes when the last string page is a component.
    private static RenderFragment Markup(string html) => builder => builder.AddMarkupContent(0, html);

    /// <summary>A page with one message and a way on (<see cref="StaffMessage"/>): an expired form, too many attempts.</summary>
    public static string Message(StaffText t, string title, string message, string next) =>
        Views.RenderAsync<StaffMessage>(new Dictionary<string, object?>
        {
            [nameof(StaffMessage.Text)] = t,
            [nameof(StaffMessage.Title)] = title,
            [nameof(StaffMessage.Message)] = message,
            [nameof(StaffMessage.Next)] = next,
        }).GetAwaiter().GetResult();

    public static string Date(DateOnly? date, StaffText t) =>
        date is { } d ? d.ToString("d MMM yyyy", t.Culture) : "–";

    public static string Date(DateTimeOffset? moment, StaffText t) =>
        moment is { } m ? Date(Platform.ProgrammeTime.DateOf(m), t) : "–";
}
