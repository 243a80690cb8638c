using ClosedXML.Excel;

namespace IpsMonitor.Workbooks;

internal static class Formats
{
    public const string Date = "dd-mm-yyyy";
    public const string DateTime = "dd-mm-yyyy hh:mm";
    public const string Count = "0";
    public const string Percent = "0.0%";
    public const string WholePercent = "0%";
    public const string OneDecimal = "0.0";
    public const string TwoDecimals = "0.00";
    public const string Change = "+0.00;-0.00;0.00";
}

/// <summary>
/// Writes typed cells: real numbers, dates and percentages for a spreadsheet to compute with. Every count and every value
/// derived from counts goes through here, so the small-cell rule of the variant is applied in one place.
/// </summary>
internal sealed class CellWriter(WorkbookVariant variant)
{
    public const string Missing = "–";

    public WorkbookVariant Variant => variant;

    public void Count(IXLCell cell, int count)
    {
        if (SmallCells.Conceals(variant, count))
            Text(cell, SmallCells.Mark);
        else
            cell.SetValue(count).Style.NumberFormat.Format = Formats.Count;
    }

    public void Share(IXLCell cell, Ratio ratio) => Derived(cell, ratio.Value, Formats.Percent, ratio.Numerator, ratio.Denominator);

    public void Mean(IXLCell cell, Average average, string format = Formats.TwoDecimals) =>
        Derived(cell, average.Value, format, average.Count);

    /// <summary>A number computed from the given counts: hidden with them.</summary>
    public void Derived(IXLCell cell, double? value, string format, params ReadOnlySpan<int> counts)
    {
        if (SmallCells.Conceals(variant, counts))
            Text(cell, SmallCells.Mark);
        else
            Number(cell, value, format);
    }

    /// <summary>A text computed from the given counts (a benchmark band, say): hidden with them.</summary>
    public void DerivedText(IXLCell cell, string? text, params ReadOnlySpan<int> counts) =>
        Text(cell, SmallCells.Conceals(variant, counts) ? SmallCells.Mark : text);

    /// <summary>A number that counts nobody (hours, fte, a benchmark): never hidden.</summary>
    public static void Number(IXLCell cell, double? value, string format)
    {
        if (value is { } number)
            cell.SetValue(number).Style.NumberFormat.Format = format;
        else
            Text(cell, Missing);
    }

    public static void Date(IXLCell cell, DateOnly? date)
    {
        if (date is { } day)
            cell.SetValue(day.ToDateTime(TimeOnly.MinValue)).Style.NumberFormat.Format = Formats.Date;
    }

    /// <summary>Text stays text, even when it looks like a number or a date ("1234", "01-02").</summary>
    public static void Text(IXLCell cell, string? text)
    {
        if (text is not null)
            cell.SetValue(text).SetDataType(XLDataType.Text);
    }
}
