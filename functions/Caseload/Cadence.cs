namespace IpsMonitor.Caseload;

/// <summary>
/// A candidate's own check-in rhythm, agreed with their coach; an empty part falls back to the programme's setting.
/// Some people want a check-in less often, some more; the schedule still never ends by itself.
/// </summary>
public sealed record Cadence(int? OnboardingWeeks, int? RegularWeeks, int? LookingWeeks)
{
    public bool IsEmpty => OnboardingWeeks is null && RegularWeeks is null && LookingWeeks is null;

    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (OnboardingWeeks is < 1 or > 26)
            errors["onboardingWeeks"] = ["Between 1 and 26 weeks, or null for the programme's default."];
        if (RegularWeeks is < 1 or > 52)
            errors["regularWeeks"] = ["Between 1 and 52 weeks, or null for the programme's default."];
        if (LookingWeeks is < 1 or > 52)
            errors["lookingWeeks"] = ["Between 1 and 52 weeks, or null for the programme's default."];
        return errors;
    }
}
