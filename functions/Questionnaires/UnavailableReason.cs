namespace IpsMonitor.Questionnaires;

/// <summary>Why a check-in link cannot be answered. Unknown and Cancelled look the same to the reader.</summary>
internal enum UnavailableReason
{
    Unknown,
    Expired,
    AlreadyAnswered,
    Cancelled,
}
