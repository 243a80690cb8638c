using System.Globalization;

namespace IpsMonitor.Platform;

/// <summary>
/// The one list of languages. Respondents (candidates, supervisors) read Dutch, English or French; staff pages are Dutch
/// and English, and a staff language is one more record in each staff text table. Dates and numbers are written with the
/// language's culture from here, so month names never come from anywhere else.
/// </summary>
internal static class Languages
{
    public const string Dutch = "nl";
    public const string English = "en";
    public const string French = "fr";
    public const string Default = Dutch;

    /// <summary>What respondents may read; every questionnaire definition and respondent text table carries each.</summary>
    public static readonly IReadOnlyList<string> Respondent = [Dutch, English, French];

    public static readonly IReadOnlyList<string> Staff = ["nl", "en"];

    /// <summary>Dutch as written in the Netherlands, British English, French as written in Belgium.</summary>
    public static CultureInfo Culture(string lang) => CultureInfo.GetCultureInfo(lang switch
    {
        "en" => "en-GB",
        "fr" => "fr-BE",
        _ => "nl-NL",
    });

    /// <summary>The respondent language closest to what was asked for; anything unknown falls back to Dutch.</summary>
    public static string Normalize(string? lang) =>
        lang?.Trim().ToLowerInvariant() is { Length: >= 2 } l && Supported(l[..2], Respondent) is { } known ? known : Default;

    /// <summary>The asked language when it is in the list, else null (so a caller can fall back on what it knows).</summary>
    public static string? Supported(string? asked, IReadOnlyList<string> list) =>
        asked is not null && list.Contains(asked, StringComparer.Ordinal) ? asked : null;
}

/// <summary>A record of texts in one language; every text table holds one per supported language.</summary>
public interface ITextRecord
{
    string Lang { get; }
}

/// <summary>
/// The records of one kind of text, one per language. The first is the default. A test enumerates every table and checks
/// that it has exactly the languages of its list, so a language is added by adding records, never by a switch.
/// </summary>
internal sealed class TextTable<T>(IReadOnlyList<string> languages, params T[] records) where T : class, ITextRecord
{
    public IReadOnlyList<string> Languages => languages;

    public IReadOnlyList<T> All => records;

    public T For(string? lang) => records.FirstOrDefault(r => r.Lang == lang) ?? records[0];
}
