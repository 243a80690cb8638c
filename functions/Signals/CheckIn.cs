using System.Globalization;

namespace IpsMonitor.Signals;

/// <summary>
/// An answered invitation as the rules see it, dated by its answer: what someone reports describes the day they answer,
/// not the day the link was due. The date is the calendar day in the offset the answer was recorded with.
/// </summary>
internal readonly record struct CheckIn(Invitation Invitation, DateOnly Date)
{
    public string Id => Invitation.Id;

    public bool TryGet(string itemId, out double value)
    {
        if (Invitation.Answers.TryGetValue(itemId, out var answer) && answer.Number is { } number)
        {
            value = (double)number;
            return true;
        }
        value = 0;
        return false;
    }

    public bool IsYes(string itemId) => TryGet(itemId, out var v) && v >= 1;

    public bool IsNo(string itemId) => TryGet(itemId, out var v) && v < 1;

    /// <summary>Hours actually worked: last week's hours, else contract hours when last week was not answered.</summary>
    public bool TryGetActualHours(out double hours, out string itemId)
    {
        itemId = Questionnaires.ItemIds.HoursWorked;
        if (TryGet(itemId, out hours))
            return true;
        itemId = Questionnaires.ItemIds.ContractHours;
        return TryGet(itemId, out hours);
    }

    public Evidence Evidence(string itemId) => new(Id, Date, itemId, Raw(itemId));

    private string Raw(string itemId) => Invitation.Answers.TryGetValue(itemId, out var answer)
        ? answer.Number?.ToString(CultureInfo.InvariantCulture) ?? answer.Text ?? ""
        : "";

    public static DateOnly DateOf(DateTimeOffset moment) => Platform.ProgrammeTime.DateOf(moment);
}
