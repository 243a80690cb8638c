namespace IpsMonitor.Questionnaires;

/// <summary>The languages the pages speak. A definition must carry every one of them, so no page ever mixes languages.</summary>
internal static class Languages
{
    public const string Dutch = "nl";
    public const string English = "en";
    public const string Default = Dutch;

    public static readonly IReadOnlyList<string> Supported = [Dutch, English];

    /// <summary>The supported language closest to what was asked for; anything unknown falls back to Dutch.</summary>
    public static string Normalize(string? lang) =>
        lang?.Trim().ToLowerInvariant() is { Length: >= 2 } l && l[..2] == English ? English : Default;

    public static string Other(string lang) => Normalize(lang) == Dutch ? English : Dutch;
}

/// <summary>One text in every supported language.</summary>
internal sealed record LocalizedText(IReadOnlyDictionary<string, string> Texts)
{
    public string this[string lang] => Texts.TryGetValue(Languages.Normalize(lang), out var text) ? text : Texts[Languages.Default];
}
