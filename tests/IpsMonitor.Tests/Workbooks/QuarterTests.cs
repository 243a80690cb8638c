namespace IpsMonitor.Tests.Workbooks;

public sealed class QuarterTests
{
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    [Fact]
    public void AQuarterRunsFromItsFirstToItsLastDayInclusive()
    {
        var quarter = new Quarter(2026, 3);

        Assert.Equal(new DateOnly(2026, 7, 1), quarter.Start);
        Assert.Equal(new DateOnly(2026, 9, 30), quarter.End);
        Assert.True(quarter.Contains(new DateOnly(2026, 7, 1)));
        Assert.True(quarter.Contains(new DateOnly(2026, 9, 30)));
        Assert.False(quarter.Contains(new DateOnly(2026, 6, 30)));
        Assert.False(quarter.Contains(new DateOnly(2026, 10, 1)));
        Assert.Equal(new DateOnly(2024, 3, 31), new Quarter(2024, 1).End);
    }

    [Fact]
    public void ThePreviousQuarterOfTheFirstIsTheLastOfTheYearBefore()
    {
        Assert.Equal(new Quarter(2025, 4), new Quarter(2026, 1).Previous);
        Assert.Equal(new Quarter(2026, 2), new Quarter(2026, 3).Previous);
        Assert.Equal(new Quarter(2027, 1), new Quarter(2026, 4).Next);
    }

    [Fact]
    public void AQuarterIsWrittenAndParsedAsYearDashQNumber()
    {
        Assert.Equal("2026-Q3", new Quarter(2026, 3).ToString());
        Assert.Equal(new Quarter(2026, 3), Quarter.Parse("2026-Q3"));
        Assert.False(Quarter.TryParse("2026-Q5", out _));
        Assert.False(Quarter.TryParse("2026Q3", out _));
        Assert.False(Quarter.TryParse("26-Q3", out _));
        Assert.False(Quarter.TryParse(null, out _));
        Assert.Throws<FormatException>(() => Quarter.Parse("Q3-2026"));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Quarter(2026, 0));
    }

    [Fact]
    public void TheQuarterContainingADayFollowsTheCalendarMonths()
    {
        Assert.Equal(new Quarter(2026, 1), Quarter.Containing(new DateOnly(2026, 3, 31)));
        Assert.Equal(new Quarter(2026, 2), Quarter.Containing(new DateOnly(2026, 4, 1)));
        Assert.Equal(new Quarter(2026, 4), Quarter.Containing(new DateOnly(2026, 12, 31)));
    }

    [Fact]
    public void AnInstantBelongsToTheQuarterOfItsDateInAmsterdam()
    {
        // 22:30 UTC on 30 September is 00:30 on 1 October in summer time.
        Assert.Equal(new Quarter(2026, 4), Quarter.FromInstant(DateTimeOffset.Parse("2026-09-30T22:30:00Z", null), Amsterdam));
        Assert.Equal(new Quarter(2026, 3), Quarter.FromInstant(DateTimeOffset.Parse("2026-09-30T21:59:00Z", null), Amsterdam));
        // 23:30 UTC on 31 December is 00:30 on 1 January in winter time.
        Assert.Equal(new Quarter(2026, 1), Quarter.FromInstant(DateTimeOffset.Parse("2025-12-31T23:30:00Z", null), Amsterdam));
        Assert.Equal(new Quarter(2026, 3), Quarter.LastClosedAt(DateTimeOffset.Parse("2026-10-01T01:00:00+02:00", null), Amsterdam));
    }
}
