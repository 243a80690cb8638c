using System.Globalization;
using System.Net.Mail;
using System.Text;

namespace IpsMonitor.Platform;

internal static class Validation
{
    /// <summary>
    /// An address that can be mailed and reads as it is: at most 254 characters, a dot in the host, and no invisible or
    /// direction-changing character (U+200B, U+202E), so the address shown to a coach is the address used.
    /// </summary>
    public static bool IsEmail(string value) =>
        value.Length <= 254 && TextRule.Problem(value, multiLine: false) is null
        && !value.EnumerateRunes().Any(r => Rune.GetUnicodeCategory(r) == UnicodeCategory.Format)
        && MailAddress.TryCreate(value.Trim(), out var address) && address.Address == value.Trim() && address.Host.Contains('.', StringComparison.Ordinal);

    public const string FirstNameRule = "A first name: at most 50 characters, letters, spaces, '-' and apostrophes.";

    /// <summary>
    /// Short free text from staff: length-limited, on one line, following <see cref="TextRule"/>. The length counts what a person sees (text
    /// elements), so an emoji or an accented letter typed as two code points counts once.
    /// </summary>
    public static bool IsShortText(string? value, int max) =>
        value is null || (Fits(value, max) && !value.Any(char.IsControl) && TextRule.Problem(value, multiLine: false) is null);

    /// <summary>
    /// At most <paramref name="max"/> characters as a person counts them, and at most <see cref="StoragePerCharacter"/>
    /// UTF-16 units each in storage: one letter carrying thousands of combining marks counts once on screen, but would
    /// fill a table cell and spill over every page that shows it.
    /// </summary>
    public static bool Fits(string value, int max) => value.Length <= max * StoragePerCharacter && Length(value) <= max;

    /// <summary>Room for an accented letter typed as several code points, a flag or a skin-toned emoji.</summary>
    public const int StoragePerCharacter = 4;

    /// <summary>Characters as a person counts them: text elements (grapheme clusters), not UTF-16 code units.</summary>
    public static int Length(string value) => new System.Globalization.StringInfo(value).LengthInTextElements;

    /// <summary>Empty, or a first name as people write one: letters (with their accents), spaces, '-' and apostrophes.</summary>
    public static bool IsFirstName(string? value) =>
        string.IsNullOrWhiteSpace(value)
        || (IsShortText(value, 50) && value.All(c => char.IsLetter(c)
            || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
            || c is ' ' or '-' or '\'' or '’'));
}
