using System.Net.Mail;

namespace IpsMonitor.Platform;

internal static class Validation
{
    public static bool IsEmail(string value) =>
        value.Length <= 254 && MailAddress.TryCreate(value.Trim(), out var address) && address.Address == value.Trim() && address.Host.Contains('.', StringComparison.Ordinal);

    /// <summary>Short free text from staff: trimmed, length-limited, no control characters.</summary>
    public static bool IsShortText(string? value, int max) =>
        value is null || (value.Length <= max && !value.Any(char.IsControl));
}
