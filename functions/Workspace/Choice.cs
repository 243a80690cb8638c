namespace IpsMonitor.Workspace;

/// <summary>One option of a staff form's list: the value the form sends and the label a person reads.</summary>
public sealed record Choice(string Value, string Label);
