namespace IpsMonitor.Workspace;

/// <summary>One logged contact as the list shows it: day, with whom and how; the topics; the note as written.</summary>
public sealed record ContactLine(string Id, string Heading, string? Topics, string? Note);

/// <summary>The contact log of the candidate page: its latest lines, and whether a contact can still be logged.</summary>
public sealed record ContactsView(IReadOnlyList<ContactLine> Lines, int Shown, bool CanLog);

internal static class ContactViews
{
    public static ContactsView View(StaffText t, IReadOnlyList<Contact> contacts, bool discharged)
    {
        var c = ContactText.For(t.Lang);
        return new ContactsView([.. contacts.Select(contact => Line(t, c, contact))], ContactStore.Shown, !discharged);
    }

    private static ContactLine Line(StaffText t, ContactText c, Contact contact) => new(
        contact.Id,
        string.Format(t.Culture, c.Line, StaffLayout.Date(contact.ContactedOn, t), c.WithLabels[contact.With], c.MeansLabels[contact.Means]),
        contact.Topics.Count == 0 ? null : string.Join(", ", contact.Topics.Select(topic => c.TopicLabels[topic])),
        contact.Note);
}
