namespace IpsMonitor.CheckIns;

/// <summary>One paragraph of a link mail's HTML part: the link itself, or lines of text.</summary>
public sealed record MailParagraph(string Text, bool IsLink)
{
    public IReadOnlyList<string> Lines => Text.Split('\n');

    /// <summary>The plain-text body cut at its blank lines; the paragraph that is exactly the link becomes the link.</summary>
    public static IReadOnlyList<MailParagraph> Of(string text, string link) =>
        [.. text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries).Select(p => new MailParagraph(p.Trim(), p.Trim() == link))];
}
