using System.Globalization;

namespace IpsMonitor.Workspace;

/// <summary>
/// The words of the confirmation pages before a destructive action, and of the pages that show a new key or link once;
/// one record per staff language. Each button says the action, never "Opslaan".
/// </summary>
public sealed record ConfirmText : ITextRecord
{
    public required string Lang { get; init; }
    public CultureInfo Culture => Languages.Culture(Lang);

    // What every confirmation page shows: the way back, the heading of the effect, the names of what it is about.
    public required string Back { get; init; }
    public required string Choose { get; init; }
    public required string WhatHappens { get; init; }
    public required string Candidate { get; init; }

    // "{0} ({1})": the local reference, then the pseudonymous id; "{0} bij {1}, sinds {2}": title, employer, start.
    public required string CandidateValue { get; init; }
    public required string Job { get; init; }
    public required string JobValue { get; init; }

    // Each action: the page's question, the button (the action itself) and what happens.
    public required string Key { get; init; }
    public required string Coach { get; init; }
    public required string EndJobTitle { get; init; }
    public required string EndJob { get; init; }

    public required string EndJobEffect { get; init; }
    public required string DischargeTitle { get; init; }
    public required string Discharge { get; init; }
    public required string DischargeEffect { get; init; }

    public required string WithdrawTitle { get; init; }
    public required string Withdraw { get; init; }
    public required string WithdrawEffect { get; init; }
    public required string StopDevelopmentTitle { get; init; }
    public required string StopDevelopment { get; init; }
    public required string StopDevelopmentEffect { get; init; }
    public required string RevokeTitle { get; init; }

    // Revoking one's own key signs one out: the page says so before the button.
    public required string Revoke { get; init; }
    public required string RevokeEffect { get; init; }
    public required string RevokeOwn { get; init; }
    public required string DeactivateTitle { get; init; }

    public required string Deactivate { get; init; }
    public required string DeactivateEffect { get; init; }
    public required string NotFoundTitle { get; init; }
    public required string NotFound { get; init; }

    // A key or link is shown once; a reload says that it was, and that nothing new was made.
    public required string KeyShownAlready { get; init; }
    public required string LinkShownAlready { get; init; }

    public static ConfirmText For(string lang) => Table.For(lang);

    /// <summary>"Kandidaat" as the coach knows them: their own reference first, the pseudonymous id beside it.</summary>
    public string CandidateShown(string id, string? localReference) =>
        localReference is { Length: > 0 } reference ? string.Format(Culture, CandidateValue, reference, id) : id;

    internal static readonly TextTable<ConfirmText> Table = TextTable<ConfirmText>.Load(Languages.Staff);
}
