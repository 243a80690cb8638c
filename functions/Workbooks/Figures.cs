namespace IpsMonitor.Workbooks;

/// <summary>A share with the counts it came from, so small-cell suppression can see both.</summary>
internal sealed record Ratio(int Numerator, int Denominator)
{
    public static readonly Ratio Empty = new(0, 0);

    public double? Value => Denominator == 0 ? null : (double)Numerator / Denominator;
}

/// <summary>A mean with the number of observations behind it.</summary>
internal sealed record Average(double? Value, int Count)
{
    public static readonly Average Empty = new(null, 0);

    public static Average Of(decimal sum, int count) => count == 0 ? Empty : new((double)(sum / count), count);
}

/// <summary>Median and mean of a set of values, with how many there were.</summary>
internal sealed record Distribution(int Count, double? Median, double? Mean)
{
    public static readonly Distribution Empty = new(0, null, null);

    /// <summary>Sorts the list in place; callers pass a list they own.</summary>
    public static Distribution Of(List<decimal> values)
    {
        if (values.Count == 0)
            return Empty;
        values.Sort();
        var middle = values.Count / 2;
        var median = values.Count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
        return new(values.Count, (double)median, (double)(values.Sum() / values.Count));
    }
}
