namespace IpsMonitor.Workspace;

/// <summary>The fit review of the running job at the end of its onboarding: the words, why now, and when it was done.</summary>
public sealed record FitReviewView(FitReviewText Words, string JobId, string Explain, string? Done);
