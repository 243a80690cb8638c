using System.Text.RegularExpressions;

namespace IpsMonitor.Tests.Platform;

/// <summary>
/// Pages are Razor components, so Razor decides the encoding of every value. C# code that writes markup into a string
/// decides it at each call site instead; these tests read the app's source and name every file that does.
/// </summary>
public sealed partial class ViewSourceTests
{
    // Every element the pages, charts and mails use. Lower case, so generic types such as Parse<Option> do not count.
    private const string Tags =
        "html|head|body|main|header|footer|nav|section|article|aside|div|span|p|a|h[1-6]|ul|ol|li|dl|dt|dd|table|caption|"
        + "thead|tbody|tfoot|tr|th|td|form|fieldset|legend|label|input|select|option|textarea|button|details|summary|"
        + "strong|em|small|br|hr|img|meta|title|style|link|progress|meter|time|abbr|figure|figcaption|pre|code|"
        + "svg|g|rect|line|path|circle|polyline|polygon|text|tspan|desc";

    [GeneratedRegex("[\"`].*</?(" + Tags + @")(\s|>|/>)")]
    private static partial Regex MarkupInString();

    [GeneratedRegex(@"\bHtml\.(Encode|Url|Tel)\(|WebUtility\.HtmlEncode|HtmlEncoder")]
    private static partial Regex HandEncoding();

    [Fact]
    public void NoCSharpFileUnderFunctionsBuildsHtmlInAString()
    {
        var offenders = SourceLines()
            .Where(l => MarkupInString().IsMatch(l.Text) || HandEncoding().IsMatch(l.Text))
            .Select(l => $"{l.File}:{l.Number}")
            .ToList();

        Assert.True(offenders.Count == 0,
            "Build this markup in a .razor component instead:\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void TheScanFindsMarkupInAStringAndHandEncoding()
    {
        Assert.Matches(MarkupInString(), "return $\"<p class=\\\"x\\\">{text}</p>\";");
        Assert.Matches(MarkupInString(), "    \"\"\"<svg viewBox=\"0 0 10 10\">");
        Assert.Matches(HandEncoding(), "var s = Html.Encode(name);");
        Assert.DoesNotMatch(MarkupInString(), "Enum.Parse<StaffRole>(row.GetString(\"Role\"))");
        Assert.DoesNotMatch(MarkupInString(), "\"Usage: bootstrap --programme <id>\"");
    }

    internal static IEnumerable<(string File, int Number, string Text)> SourceLines() =>
        Directory.EnumerateFiles(Repo.PathOf("functions"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Select((text, i) => (File: Path.GetRelativePath(Repo.Root, f), Number: i + 1, Text: text)))
            // Comments may show markup (doc comments are XML); code may not.
            .Where(l => !l.Text.TrimStart().StartsWith("//", StringComparison.Ordinal));
}
