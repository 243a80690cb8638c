using ClosedXML.Excel;

namespace IpsMonitor.Workbooks;

/// <summary>
/// A count of people or placements that small-cell suppression reasons about: either shown in a cell, or unseen (a
/// difference such as "referrals minus referrals in work" that no cell shows but visible cells could give away).
/// </summary>
internal sealed class Tally(int index, int value, IXLCell? cell, bool published = false)
{
    /// <summary>Order of registration: ties in the choice of a secondary cell go to the first one, so builds repeat.</summary>
    public int Index => index;

    public int Value => value;

    /// <summary>The cell that shows the count; null for a count no cell shows.</summary>
    public IXLCell? Cell => cell;

    public bool Shown => cell is not null;

    /// <summary>A count another, frozen file already published (last quarter's running placements): known, never hidden here.</summary>
    public bool Published => published;

    /// <summary>Set by suppression: the cell shows the mark instead of the count.</summary>
    public bool Hidden { get; set; }

    /// <summary>Not readable from the workbook: hidden, or never shown.</summary>
    public bool Unknown => Hidden || !(Shown || published);
}

/// <summary>A linear identity between counts that a reader of the workbook can use: the sum of coefficient × value is 0.</summary>
internal sealed record TallyRelation(IReadOnlyList<(int Coefficient, Tally Tally)> Terms);
