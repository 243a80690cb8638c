using Microsoft.AspNetCore.Components;

namespace IpsMonitor.Workspace;

/// <summary>
/// A confirmation page before a destructive action, worded for the reader: what it is about (candidate by their local
/// reference, job, key or coach), what will happen and stop, a warning when it concerns the reader themselves, the fields
/// the action needs, and a button that says the action. Back changes nothing.
/// </summary>
public sealed record ConfirmView(
    StaffChrome Chrome, ConfirmText Words, string Title, string Button, string Action, string Back,
    IReadOnlyList<Fact> Facts, string Effect, string? Warning)
{
    /// <summary>The inputs the action needs (a date and a reason), or none.</summary>
    public RenderFragment? Fields { get; init; }

    /// <summary>Why the last try was refused: the errors by field, or a failure in words.</summary>
    public RenderFragment? Outcome { get; init; }

    /// <summary>
    /// The action is done already or cannot be done (a job that has ended, the last coordinator key): the page says so in
    /// Outcome and offers neither the form nor what it would do.
    /// </summary>
    public bool Done { get; init; }
}
