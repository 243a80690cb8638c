using IpsMonitor.Workspace;

namespace IpsMonitor.Fidelity;

/// <summary>What the fidelity page shows: the history with its trend, the evidence, and the form (as sent, after an error).</summary>
public sealed record FidelityPageModel(
    IReadOnlyList<FidelityReviewRow> History,
    FidelityTrendView Trend,
    string? LastActionPoints,
    IReadOnlyList<FidelityGroupView> Groups,
    FidelityFormValues Form,
    IReadOnlyList<FieldErrorView> Errors,
    bool Saved);

/// <summary>One review in the history, newest first, with its totals and the change of the IPS-A total.</summary>
public sealed record FidelityReviewRow(string Date, string Reviewers, string IpsA, string IpsO, string Level, string Change);

/// <summary>The IPS-A totals as an SVG line: points already placed in the chart's coordinates.</summary>
public sealed record FidelityTrendView(IReadOnlyList<FidelityTrendPoint> Points)
{
    public const int Width = 320, Height = 160, Left = 34, Right = 10, Top = 10, Bottom = 24;

    public string Path => string.Join(' ', Points.Select(p => p.X + "," + p.Y));
}

public sealed record FidelityTrendPoint(string X, string Y, string Date, string Value);

public sealed record FidelityGroupView(string Name, IReadOnlyList<FidelityItemView> Items);

/// <summary>One item: its wording, its score fields (two for items with a work and an education part), and any evidence.</summary>
public sealed record FidelityItemView(
    int Number, string Name, string Criterion, IReadOnlyList<FidelityScoreField> Fields, FidelityEvidenceView? Evidence);

/// <summary>A score with its note; Label names the part (5a, 5b) and is null for an item with one score.</summary>
public sealed record FidelityScoreField(string Code, string? Label, bool Optional, string? Previous);

/// <summary>
/// The product's figure for an item, how it was computed, and its parts (per coach), as plain text; <c>Computed</c> says
/// when the build that stored it ran, and is null while no build has (then <c>Figure</c> says so).
/// </summary>
public sealed record FidelityEvidenceView(
    string Key, string Figure, string How, IReadOnlyList<string> Details, IReadOnlyDictionary<string, object> Data, string? Computed);

/// <summary>The form's values as typed, so a form with an error comes back as it was sent.</summary>
public sealed record FidelityFormValues(
    string Date, string Reviewers, string ActionPoints, IReadOnlyDictionary<string, string> Scores,
    IReadOnlyDictionary<string, string> Notes);
