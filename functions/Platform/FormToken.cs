namespace IpsMonitor.Platform;

/// <summary>The antiforgery field every staff form carries (its name and this session's token), for the form components.</summary>
public sealed record FormToken(string Name, string Value);
