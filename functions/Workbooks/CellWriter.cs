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
    public const string OneDecimalChange = "+0.0;-0.0;0.0";
}

/// <summary>
/// Writes typed cells: real numbers, dates and percentages for a spreadsheet to compute with. Every count and every value
/// derived from counts goes through here, together with the identities between them, so the small-cell rule of the
/// variant is applied in one place, over the whole workbook at once. Counts and derived values are written by
/// <see cref="Complete"/>, after suppression has decided which cells to hide; plain text and numbers that count nobody
/// are written at once.
/// </summary>
internal sealed class CellWriter(WorkbookVariant variant)
{
    public const string Missing = "–";

    private readonly List<Tally> tallies = [];
    private readonly List<TallyRelation> relations = [];
    private readonly List<Action> pending = [];
    private readonly List<Action> finishers = [];
    private readonly Dictionary<string, Tally> named = new(StringComparer.Ordinal);
    private bool completed;

    public WorkbookVariant Variant => variant;

    public bool IsExtern => variant == WorkbookVariant.Extern;

    public IReadOnlyList<TallyRelation> Relations => relations;

    /// <summary>A count shown in the cell, or the mark when suppression hides it.</summary>
    public Tally Count(IXLCell cell, int count) => Add(count, cell);

    /// <summary>A count no cell shows, but which visible cells could give away (a complement, a row's remainder).</summary>
    public Tally Unseen(int count) => Add(count, null);

    /// <summary>A count an earlier, frozen workbook published: a reader knows it, and it can be part of an identity.</summary>
    public Tally Published(int count)
    {
        var tally = new Tally(tallies.Count, count, null, published: true);
        tallies.Add(tally);
        return tally;
    }

    /// <summary>States total = the sum of the parts.</summary>
    public void Sum(Tally total, IEnumerable<Tally> parts) =>
        relations.Add(new TallyRelation([(1, total), .. parts.Select(p => (-1, p))]));

    /// <summary>States an identity: the sum of coefficient × count is zero (a flow, say: end − start − in + out = 0).</summary>
    public void Identity(params (int Coefficient, Tally Tally)[] terms) => relations.Add(new TallyRelation(terms));

    /// <summary>The part of the whole that the part leaves: unseen, but a difference of two visible cells.</summary>
    public Tally Complement(Tally whole, Tally part)
    {
        var rest = Unseen(whole.Value - part.Value);
        Sum(whole, [part, rest]);
        return rest;
    }

    /// <summary>
    /// The same count shown again elsewhere (the summary's open signals and the signal sheet's total, say): the first
    /// registration under the key is returned, and later ones are stated equal to it.
    /// </summary>
    public Tally Same(string key, Tally tally)
    {
        if (named.TryGetValue(key, out var first))
            Sum(first, [tally]);
        else
            named[key] = tally;
        return named[key];
    }

    /// <summary>The count registered under the key, if a sheet before this one registered it.</summary>
    public Tally? Find(string key) => named.GetValueOrDefault(key);

    /// <summary>
    /// A share of counts. Outside the team a whole percentage (the value itself rounded, not only its format), and hidden
    /// when its denominator, numerator or complement is under <see cref="SmallCells.Threshold"/>: then share × denominator
    /// can never give back a count under the threshold, nor say that all or none of a small group did something.
    /// </summary>
    public void Share(IXLCell cell, Ratio ratio, Tally? numerator = null, Tally? denominator = null)
    {
        if (!IsExtern)
        {
            Derived(cell, ratio.Value, Formats.Percent, [numerator, denominator], ratio.Numerator, ratio.Denominator);
            return;
        }
        var concealed = SmallCells.ConcealsShare(ratio);
        var value = ratio.Value is { } v ? Math.Round(v, 2, MidpointRounding.AwayFromZero) : (double?)null;
        pending.Add(() =>
        {
            if (concealed || numerator is { Hidden: true } || denominator is { Hidden: true })
                Text(cell, SmallCells.Mark);
            else
                Number(cell, value, Formats.WholePercent);
        });
    }

    /// <summary>A text judged from a share (a benchmark band): hidden outside the team whenever the share is.</summary>
    public void ShareText(IXLCell cell, string? text, Ratio ratio, Tally? numerator, Tally? denominator)
    {
        var concealed = IsExtern && SmallCells.ConcealsShare(ratio);
        pending.Add(() => Text(cell, concealed || numerator is { Hidden: true } || denominator is { Hidden: true } ? SmallCells.Mark : text));
    }

    /// <summary>
    /// A mean or median of <paramref name="count"/> observations. Outside the team only from
    /// <see cref="SmallCells.MeanMinimum"/> observations on, rounded to one decimal: a mean of few people, or one with
    /// many decimals, gives an individual's value back when compared with another quarter's.
    /// </summary>
    public void Middle(IXLCell cell, double? value, int count, string format = Formats.TwoDecimals)
    {
        if (!IsExtern)
        {
            pending.Add(() => Number(cell, value, format));
            return;
        }
        var shown = count >= SmallCells.MeanMinimum ? SmallCells.Round(value) : null;
        pending.Add(() =>
        {
            if (count is > 0 and < SmallCells.MeanMinimum)
                Text(cell, SmallCells.Mark);
            else
                Number(cell, shown, Formats.OneDecimal);
        });
    }

    public void Mean(IXLCell cell, Average average, string format = Formats.TwoDecimals) =>
        Middle(cell, average.Value, average.Count, format);

    /// <summary>The value a reader of this variant sees for the mean: rounded outside the team, absent below the minimum.</summary>
    public double? Published(Average average) =>
        !IsExtern ? average.Value : average.Count >= SmallCells.MeanMinimum ? SmallCells.Round(average.Value) : null;

    /// <summary>
    /// <paramref name="to"/> − <paramref name="from"/> of two means. Outside the team the difference of the published
    /// (rounded) means, and only when both are published.
    /// </summary>
    public void MeanDifference(IXLCell cell, Average from, Average to)
    {
        if (!IsExtern)
        {
            Derived(cell, to.Value - from.Value, Formats.Change, from.Count, to.Count);
            return;
        }
        var hidden = from.Count is > 0 and < SmallCells.MeanMinimum || to.Count is > 0 and < SmallCells.MeanMinimum;
        var value = SmallCells.Round(Published(to) - Published(from));
        pending.Add(() =>
        {
            if (hidden)
                Text(cell, SmallCells.Mark);
            else
                Number(cell, value, Formats.OneDecimalChange);
        });
    }

    /// <summary>A number computed from the given counts and cells: hidden with any of them.</summary>
    public void Derived(IXLCell cell, double? value, string format, Tally?[] sources, params ReadOnlySpan<int> counts)
    {
        var concealed = SmallCells.Conceals(variant, counts);
        pending.Add(() =>
        {
            if (concealed || sources.Any(s => s is { Hidden: true }))
                Text(cell, SmallCells.Mark);
            else
                Number(cell, value, format);
        });
    }

    public void Derived(IXLCell cell, double? value, string format, params ReadOnlySpan<int> counts) =>
        Derived(cell, value, format, [], counts);

    /// <summary>A text computed from the given counts and cells (a benchmark band, say): hidden with any of them.</summary>
    public void DerivedText(IXLCell cell, string? text, Tally?[] sources, params ReadOnlySpan<int> counts)
    {
        var concealed = SmallCells.Conceals(variant, counts);
        pending.Add(() => Text(cell, concealed || sources.Any(s => s is { Hidden: true }) ? SmallCells.Mark : text));
    }

    /// <summary>Runs once every cell is written: column widths and filters need the final contents.</summary>
    public void Finally(Action finish) => finishers.Add(finish);

    /// <summary>Decides what to hide (outside the team) and writes every count and derived value, then the finishing touches.</summary>
    public void Complete()
    {
        if (completed)
            return;
        completed = true;
        if (IsExtern)
            SecondarySuppression.Apply(tallies, relations);
        foreach (var tally in tallies)
        {
            if (tally.Cell is not { } cell)
                continue;
            if (tally.Hidden)
                Text(cell, SmallCells.Mark);
            else
                cell.SetValue(tally.Value).Style.NumberFormat.Format = Formats.Count;
        }
        foreach (var write in pending)
            write();
        foreach (var finish in finishers)
            finish();
    }

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

    private Tally Add(int count, IXLCell? cell)
    {
        var tally = new Tally(tallies.Count, count, cell);
        tallies.Add(tally);
        return tally;
    }
}
