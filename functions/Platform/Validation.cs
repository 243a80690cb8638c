using System.Net.Mail;

namespace IpsMonitor.Platform;

internal static class Validation
{
    public static bool IsEmail(string value) =>
        value.Length <= 254 && MailAddress.TryCreate(value.Trim(), out var address) && address.Address == value.Trim() && address.Host.Contains('.', StringComparison.Ordinal);

    public const string FirstNameRule = "A first name: at most 50 characters, letters, spaces, '-' and apostrophes.";

    /// <summary>
    /// Short free text from staff: length-limited, no control characters. The length counts what a person sees (text
    /// elements), so an emoji or an accented letter typed as two code points counts once.
    /// </summary>
    public static bool IsShortText(string? value, int max) =>
        value is null || (Length(value) <= max && !value.Any(char.IsControl));

    /// <summary>Characters as a person counts them: text elements (grapheme clusters), not UTF-16 code units.</summary>
    public static int Length(string value) => new System.Globalization.StringInfo(value).LengthInTextElements;

    /// <summary>Empty, or a first name as people write one: letters (with their accents), spaces, '-' and apostrophes.</summary>
    public static bool IsFirstName(string? value) =>
        string.IsNullOrWhiteSpace(value)
        || (IsShortText(value, 50) && value.All(c => char.IsLetter(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark || c is ' ' or '-' or '\'' or '’'));
}
