namespace IpsMonitor.Workspace;

/// <summary>The one-message staff page, and dates as the staff pages write them.</summary>
internal static class StaffLayout
{
    /// <summary>A page with one message and a way on (<see cref="StaffMessage"/>): an expired form, too many attempts.</summary>
    public static IResult Message(StaffText t, string title, string message, string next, int status) =>
        Views.Page<StaffMessage>(new Dictionary<string, object?>
        {
            [nameof(StaffMessage.Text)] = t,
            [nameof(StaffMessage.Title)] = title,
            [nameof(StaffMessage.Message)] = message,
            [nameof(StaffMessage.Next)] = next,
        }, status);

    public static string Date(DateOnly? date, StaffText t) =>
        date is { } d ? d.ToString("d MMM yyyy", t.Culture) : "–";

    public static string Date(DateTimeOffset? moment, StaffText t) =>
        moment is { } m ? Date(Platform.ProgrammeTime.DateOf(m), t) : "–";
}
