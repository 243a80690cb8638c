namespace IpsMonitor.Questionnaires;

/// <summary>One text in every supported language.</summary>
internal sealed record LocalizedText(IReadOnlyDictionary<string, string> Texts)
{
    public string this[string lang] => Texts.TryGetValue(Languages.Normalize(lang), out var text) ? text : Texts[Languages.Default];
}
