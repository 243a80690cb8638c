namespace IpsMonitor.Workspace;

/// <summary>The driegesprek agenda: one chart per shared dimension, then the lists of what to talk about.</summary>
public sealed record DriegesprekView(IReadOnlyList<ChartView> Charts, IReadOnlyList<AgendaList> Lists);

/// <summary>One list of the agenda, with the sentence to show when it is empty.</summary>
public sealed record AgendaList(string Title, IReadOnlyList<string> Items, string None);
