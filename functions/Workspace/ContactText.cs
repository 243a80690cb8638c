namespace IpsMonitor.Workspace;

/// <summary>
/// The words of the contact log on the candidate page, one record per staff language (ContactText.nl.json,
/// ContactText.en.json); chosen like StaffText.
/// </summary>
/// <param name="Latest">{0} how many of the latest contacts the list shows at most.</param>
/// <param name="Line">{0} the day, {1} with whom, {2} how.</param>
public sealed record ContactText(
    string Lang, string Title, string ForCoachOnly, string None, string Latest, string Line, string New, string ContactedOn,
    string With, string Means, string Topics, string Note, string Save,
    IReadOnlyDictionary<ContactWith, string> WithLabels, IReadOnlyDictionary<ContactMeans, string> MeansLabels,
    IReadOnlyDictionary<ContactTopic, string> TopicLabels)
    : ITextRecord
{
    internal static readonly TextTable<ContactText> Table = TextTable<ContactText>.Load(Languages.Staff);

    public static ContactText For(string lang) => Table.For(lang);
}
