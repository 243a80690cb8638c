namespace IpsMonitor.Workbooks;

internal enum WorkbookVariant
{
    /// <summary>For the team: every count, and one line per candidate (pseudonymous id only).</summary>
    Intern,

    /// <summary>For funders and others outside the team: no candidate lines, and small cells suppressed.</summary>
    Extern,
}
