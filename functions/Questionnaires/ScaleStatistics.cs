namespace IpsMonitor.Questionnaires;

/// <summary>
/// The spread and reliability a questionnaire definition states for one scale item; signal rules use them for the
/// Jacobson–Truax reliable change index (SEM = SD·sqrt(1 − r)).
/// </summary>
public sealed record ScaleStatistics(double Sd, double Reliability);
