using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

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

    public static readonly IReadOnlyList<string> Staff = [Dutch, English];

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

    /// <summary>The records of every language of the list, read from their text files (<see cref="TextResources"/>).</summary>
    public static TextTable<T> Load(IReadOnlyList<string> languages) =>
        new(languages, [.. languages.Select(TextResources.Load<T>)]);
}

/// <summary>
/// The words are data, as the questionnaire definitions are: each record kind has one JSON file per language next to its
/// C# file ("StaffText.nl.json"), embedded as "texts/StaffText.nl.json" and read into the same typed record. A file
/// that is missing, lacks a required text, names a text the record does not have, or leaves a text empty stops the app
/// at the first use of its table, with the file named, so a broken translation never reaches a page half-filled.
/// </summary>
internal static class TextResources
{
    private static readonly JsonSerializerOptions Strict = new()
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    public static T Load<T>(string lang) where T : class, ITextRecord
    {
        var name = $"texts/{typeof(T).Name}.{lang}.json";
        using var json = typeof(TextResources).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The text file {name} is missing: each language of {typeof(T).Name} needs one.");
        return Read<T>(json, name, lang);
    }

    /// <summary>One language's record from its JSON, refused as a whole when any text is missing, unknown or empty.</summary>
    internal static T Read<T>(Stream json, string name, string lang) where T : class, ITextRecord
    {
        T record;
        try
        {
            record = JsonSerializer.Deserialize<T>(json, Strict) ?? throw new JsonException("The file holds null.");
        }
        catch (JsonException e)
        {
            throw new InvalidOperationException($"The text file {name} does not fit {typeof(T).Name}: {e.Message}", e);
        }
        if (record.Lang != lang)
            throw new InvalidOperationException($"The text file {name} says it is '{record.Lang}', not '{lang}'.");
        if (EmptyText(record, typeof(T).Name) is { } empty)
            throw new InvalidOperationException($"The text file {name} leaves {empty} empty.");
        return record;
    }

    // The texts are the stored properties (those with a setter) of the record and of the records, lists and
    // dictionaries inside it; computed ones such as Culture are left alone.
    private static string? EmptyText(object? value, string path) => value switch
    {
        string text => string.IsNullOrWhiteSpace(text) ? path : null,
        null => path,
        IDictionary map => First(map.Keys.Cast<object>().Select(k => EmptyText(map[k], $"{path}.{k}"))),
        IEnumerable list => First(list.Cast<object?>().Select((v, i) => EmptyText(v, $"{path}[{i}]"))),
        _ when value.GetType().Namespace?.StartsWith(nameof(IpsMonitor), StringComparison.Ordinal) == true => First(value
            .GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is not null && p.GetIndexParameters().Length == 0)
            .Select(p => EmptyText(p.GetValue(value), $"{path}.{p.Name}"))),
        _ => null,
    };

    private static string? First(IEnumerable<string?> empties) => empties.FirstOrDefault(e => e is not null);
}
