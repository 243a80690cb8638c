using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace IpsMonitor.Workbooks;

/// <summary>
/// A calendar quarter, written "2026-Q3". Dates are inclusive on both ends. Quarters are reckoned in Europe/Amsterdam,
/// so an instant converts to a quarter only through a time zone.
/// </summary>
internal sealed record Quarter : IComparable<Quarter>
{
    public const string AmsterdamZoneId = "Europe/Amsterdam";

    public Quarter(int year, int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, 4);
        Year = year;
        Number = number;
    }

    public int Year { get; }

    public int Number { get; }

    public DateOnly Start => new(Year, (Number - 1) * 3 + 1, 1);

    public DateOnly End => Start.AddMonths(3).AddDays(-1);

    public Quarter Previous => Number == 1 ? new(Year - 1, 4) : new(Year, Number - 1);

    public Quarter Next => Number == 4 ? new(Year + 1, 1) : new(Year, Number + 1);

    public static TimeZoneInfo Amsterdam => ProgrammeTime.Zone;

    public bool Contains(DateOnly day) => Start <= day && day <= End;

    public static Quarter Containing(DateOnly day) => new(day.Year, (day.Month - 1) / 3 + 1);

    public static Quarter FromInstant(DateTimeOffset instant, TimeZoneInfo zone) => Containing(LocalDate(instant, zone));

    /// <summary>The latest quarter that had fully closed at the given instant: the one a scheduled build reports on.</summary>
    public static Quarter LastClosedAt(DateTimeOffset instant, TimeZoneInfo zone) => FromInstant(instant, zone).Previous;

    /// <summary>The calendar date of an instant in the zone; every date rule on instants goes through here.</summary>
    public static DateOnly LocalDate(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);

    public static Quarter Parse(string text) =>
        TryParse(text, out var quarter) ? quarter : throw new FormatException($"'{text}' is not a quarter like 2026-Q3.");

    public static bool TryParse(string? text, [NotNullWhen(true)] out Quarter? quarter)
    {
        quarter = null;
        if (text is not { Length: 7 } || text[4] != '-' || (text[5] != 'Q' && text[5] != 'q'))
            return false;
        if (!int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1)
            return false;
        var number = text[6] - '0';
        if (number is < 1 or > 4)
            return false;
        quarter = new Quarter(year, number);
        return true;
    }

    public int CompareTo(Quarter? other) => other is null ? 1 : (Year, Number).CompareTo((other.Year, other.Number));

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-Q{Number}");
}
