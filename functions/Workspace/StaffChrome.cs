using IpsMonitor.Platform;
using IpsMonitor.Questionnaires;

namespace IpsMonitor.Workspace;

/// <summary>What the staff header needs: the words, where the pages live, the sign-out form's token, and the role.</summary>
public sealed record StaffChrome(StaffText Text, string Base, FormToken Token, bool IsCoordinator)
{
    /// <summary>The page's own GET address, for the language switch: a page that answered a form lives at the form's POST address.</summary>
    public string? Self { get; init; }

    /// <summary>The antiforgery field as markup, for the pages not yet made components.</summary>
    internal string AntiforgeryField => Field(Token);

    internal static string Field(FormToken token) =>
        $"<input type=\"hidden\" name=\"{Html.Encode(token.Name)}\" value=\"{Html.Encode(token.Value)}\">";
}
