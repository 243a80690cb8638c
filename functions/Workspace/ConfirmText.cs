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
    public required string Back { get; init; }
    public required string WhatHappens { get; init; }
    public required string Candidate { get; init; }
    public required string CandidateValue { get; init; }
    public required string Job { get; init; }
    public required string JobValue { get; init; }
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
    public required string RevokeTitle { get; init; }
    public required string Revoke { get; init; }
    public required string RevokeEffect { get; init; }
    public required string RevokeOwn { get; init; }
    public required string DeactivateTitle { get; init; }
    public required string Deactivate { get; init; }
    public required string DeactivateEffect { get; init; }
    public required string NotFoundTitle { get; init; }
    public required string NotFound { get; init; }
    public required string KeyShownAlready { get; init; }
    public required string LinkShownAlready { get; init; }
    public required string Choose { get; init; }

    public static ConfirmText For(string lang) => Table.For(lang);

    /// <summary>"Kandidaat" as the coach knows them: their own reference first, the pseudonymous id beside it.</summary>
    public string CandidateShown(string id, string? localReference) =>
        localReference is { Length: > 0 } reference ? string.Format(Culture, CandidateValue, reference, id) : id;

    internal static readonly TextTable<ConfirmText> Table = TextTable<ConfirmText>.Load(Languages.Staff);
}
