using System.Globalization;

namespace IpsMonitor.Workspace;

/// <summary>
/// The words of the confirmation pages before a destructive action, and of the pages that show a new key or link once;
/// one record per staff language. Each button says the action, never "Opslaan".
/// </summary>
public sealed record ConfirmText(
    string Lang,
    // What every confirmation page shows: the way back, the heading of the effect, the names of what it is about.
    string Back, string Choose, string WhatHappens, string Candidate,
    // "{0} ({1})": the local reference, then the pseudonymous id; "{0} bij {1}, sinds {2}": title, employer, start.
    string CandidateValue, string Job, string JobValue,
    // Each action: the page's question, the button (the action itself) and what happens.
    string Key, string Coach, string EndJobTitle, string EndJob, string EndJobEffect, string EndedJobTitle, string DischargeTitle,
    string DischargedTitle, string Discharge,
    string DischargeEffect, string WithdrawTitle, string Withdraw, string WithdrawEffect, string StopDevelopmentTitle,
    string StopDevelopment, string StopDevelopmentEffect, string RevokeTitle, string Revoke, string RevokeEffect,
    // Revoking one's own key signs one out: the page says so before the button.
    string RevokeOwn, string DeactivateTitle, string Deactivate, string DeactivateEffect, string NotFoundTitle, string NotFound,
    // A key or link is shown once; a reload says that it was, and that nothing new was made.
    string KeyShownAlready, string LinkShownAlready) : ITextRecord
{
    public CultureInfo Culture => Languages.Culture(Lang);

    public static ConfirmText For(string lang) => Table.For(lang);

    /// <summary>"Kandidaat" as the coach knows them: their own reference first, the pseudonymous id beside it.</summary>
    public string CandidateShown(string id, string? localReference) =>
        localReference is { Length: > 0 } reference ? string.Format(Culture, CandidateValue, reference, id) : id;

    internal static readonly TextTable<ConfirmText> Table = TextTable<ConfirmText>.Load(Languages.Staff);
}
