using System.ComponentModel.DataAnnotations;

namespace IpsMonitor.CheckIns;

/// <summary>
/// Where mail goes (settings under <c>Smtp:</c>). Locally the run command points this at its MailDev inbox unless
/// Smtp:Host is set.
/// </summary>
internal sealed class SmtpOptions
{
    /// <summary>Empty means off: links are then handed over by the coach.</summary>
    public string? Host { get; set; }

    [Range(1, 65535)]
    public int Port { get; set; } = 25;

    /// <summary>TLS: implicit on port 465, STARTTLS elsewhere; false sends in the clear (a local inbox only).</summary>
    public bool EnableSsl { get; set; } = true;

    [EmailAddress]
    public string From { get; set; } = "noreply@ipsmonitor.invalid";

    /// <summary>The sender's name in the inbox, so a link does not arrive from a bare address that looks like phishing.</summary>
    [MaxLength(60)]
    public string FromName { get; set; } = "IPS-begeleiding";

    public string? UserName { get; set; }

    public string? Password { get; set; }
}
