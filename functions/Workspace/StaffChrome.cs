namespace IpsMonitor.Workspace;

/// <summary>What the staff header needs: the words, where the pages live, the sign-out form's token, and the role.</summary>
public sealed record StaffChrome(StaffText Text, string Base, FormToken Token, bool IsCoordinator)
{
    /// <summary>The page's own GET address, for the language switch: a page that answered a form lives at the form's POST address.</summary>
    public string? Self { get; init; }

    /// <summary>The query the page was asked for with, but its language: its filters, look-up and page.</summary>
    public IReadOnlyList<KeyValuePair<string, string?>> Query { get; init; } = [];

    /// <summary>This page in another language, with the same filters, look-up and page.</summary>
    public string InLanguage(string lang) => (Self ?? "") + QueryString.Create([.. Query, new("lang", lang)]);
}
