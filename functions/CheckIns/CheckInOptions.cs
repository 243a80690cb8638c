using System.ComponentModel.DataAnnotations;

namespace IpsMonitor.CheckIns;

/// <summary>
/// The check-in cadence and links (settings under <c>CheckIns:</c>). Defaults follow the product brief; a programme can
/// change them in settings.
/// </summary>
internal sealed class CheckInOptions
{
    /// <summary>Weeks between check-ins during onboarding: the first months of a job change fast.</summary>
    [Range(1, 26)]
    public int OnboardingWeeks { get; set; } = 4;

    /// <summary>How long onboarding lasts after a job start.</summary>
    [Range(1, 12)]
    public int OnboardingMonths { get; set; } = 3;

    /// <summary>Weeks between check-ins in work after onboarding.</summary>
    [Range(1, 52)]
    public int RegularWeeks { get; set; } = 8;

    /// <summary>Weeks between candidate check-ins while looking for work.</summary>
    [Range(1, 52)]
    public int LookingWeeks { get; set; } = 8;

    /// <summary>Days a link stays valid; an unanswered one is then recorded as missed.</summary>
    [Range(1, LongestExpiryDays)]
    public int ExpiryDays { get; set; } = 14;

    /// <summary>The longest a link may stay valid: readers of a period's check-ins look back this far for their reminders.</summary>
    public const int LongestExpiryDays = 90;

    /// <summary>Start of every questionnaire link; the token follows it.</summary>
    [Required]
    [Url]
    public string LinkBaseUrl { get; set; } = "http://127.0.0.1:7071/api/q/";

    /// <summary>
    /// True unless the links (the app's public address) are plain HTTP on this machine: then cookies must be Secure
    /// whatever the hop to the worker speaks.
    /// </summary>
    public bool PublicAddressIsSecure => !(Uri.TryCreate(LinkBaseUrl, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback);
}
