using IpsMonitor.Platform;

namespace IpsMonitor.Workspace;

/// <summary>
/// The English words for what a form could not save. A field without its own text shows the API's English message,
/// which already reads as English form help.
/// </summary>
public sealed partial record StaffText
{
    private static StaffFormErrors EnFormErrors => new(
        EnFailedConflict, EnFailedNotFound, EnFailedOther, EnFailedCaseloadNotEmpty, EnCodeErrors, EnFieldErrors, EnFieldNames);

    private const string EnFailedConflict =
        "Someone else just changed this, or it is no longer possible. Nothing was saved; open the page again.";
    private const string EnFailedNotFound = "This does not exist (any more). Nothing was saved.";
    private const string EnFailedOther = "This did not work just now. Nothing was saved; try again in a moment.";
    private const string EnFailedCaseloadNotEmpty = "Move all candidates of this coach to another coach first; then you can deactivate them.";

    private static Dictionary<string, string> EnCodeErrors => new()
    {
        [ErrorCodes.DateFormat] = "{0}: enter a date such as 31-12-2026.",
        [ErrorCodes.NumberFormat] = "{0}: enter a number such as 7.5.",
        [ErrorCodes.TextRule] = "{0}: the text holds invisible or control characters, or only spaces. Type it again.",
    };

    private static Dictionary<string, string> EnFieldNames => new()
    {
        ["employer"] = "Employer",
        ["jobTitle"] = "Job title",
        ["reason"] = "Reason",
        ["note"] = "Note",
        ["supervisorName"] = "Supervisor's name",
        ["supervisorEmail"] = "Supervisor's e-mail",
        ["trialGoals"] = "Goals",
        ["trialDecision"] = "Decision",
        ["fte"] = "FTE",
        ["label"] = "Key name",
        ["expiresOn"] = "Valid through",
        ["coachId"] = "Coach code",
        ["name"] = "Name",
        ["phone"] = "Phone",
    };

    private static Dictionary<string, string> EnFieldErrors => new()
    {
        ["model"] = "Model: choose IPS-A (work), IPS-A+O (work and education) or IPS-O (education).",
        ["role"] = "Choose the role: coordinator or coach.",
        ["kind"] = "Choose the kind of placement.",
        ["disclosure"] = "Choose how open the candidate is at work.",
        ["sector"] = "Sector: choose a sector from the list (SBI section A to U, or 'other').",
        ["respondent"] = "Choose who the link is for.",
    };
}
