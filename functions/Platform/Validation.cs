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

    /// <summary>Short free text from staff: length-limited, on one line, and following <see cref="TextRule"/>.</summary>
    public static bool IsShortText(string? value, int max) =>
        value is null || (value.Length <= max && !value.Any(char.IsControl) && TextRule.Problem(value, multiLine: false) is null);
}
