using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace IpsMonitor.CheckIns;

/// <summary>
/// A reminder carries the link the respondent already has, and links are otherwise kept only as a hash. So while a
/// check-in is open its current link is also kept sealed with the app's data-protection keys (the ones the antiforgery
/// tokens use, in blob container dataprotection); the seal goes when the check-in closes, is cancelled or its link stops.
/// </summary>
internal sealed class LinkSeal(IDataProtectionProvider provider)
{
    private readonly IDataProtector protector = provider.CreateProtector("IpsMonitor.CheckIns.ReminderLink.v1");

    public string Seal(string token) => protector.Protect(token);

    /// <summary>The token, or null when there is no seal or it cannot be opened (keys lost, say): then no reminder goes.</summary>
    public string? Open(string? seal)
    {
        if (seal is null)
            return null;
        try
        {
            return protector.Unprotect(seal);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
