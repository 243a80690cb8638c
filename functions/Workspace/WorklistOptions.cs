using System.ComponentModel.DataAnnotations;

namespace IpsMonitor.Workspace;

/// <summary>Settings under "Worklists:" for "Vandaag" and the check-ins board.</summary>
internal sealed class WorklistOptions
{
    /// <summary>
    /// Weeks without contact before a candidate is put on "Vandaag" (2 to 52; default 12). The data hold no record of a
    /// conversation, so contact is an answered candidate check-in or the referral itself. 12 weeks is one default cycle
    /// of 8 weeks plus the link's 14 days and some slack: a candidate who answers every check-in never shows up.
    /// </summary>
    [Range(2, 52)]
    public int NoContactWeeks { get; set; } = 12;

    /// <summary>
    /// Days a missed check-in stays on "Vandaag" after its link expired (1 to 60; default 14), unless the same
    /// respondent has answered a later one. Longer silences are the no-response signal's business.
    /// </summary>
    [Range(1, 60)]
    public int MissedDays { get; set; } = 14;
}
