using System.ComponentModel.DataAnnotations;

namespace IpsMonitor.Workbooks;

/// <summary>
/// Which closed quarters the quarterly timer considers for a programme. Worked out from stored facts (when the programme
/// was created, its first referral) and the look-back, never from "the quarter that just closed" alone: a host that was
/// down over two quarter ends must still build both when it starts again. Which of these actually need a build is decided
/// by their manifests (a build made after the quarter closed means done).
/// </summary>
internal static class QuarterlyCatchUp
{
    /// <summary>
    /// Oldest first: every quarter closed at <paramref name="now"/> within <paramref name="lookBack"/> quarters, none that
    /// closed before the programme existed (the timer could not have missed those) or ended before its first referral
    /// (nothing to report). The last closed quarter is always included, as a new programme's first scheduled build.
    /// </summary>
    public static IReadOnlyList<Quarter> QuartersToConsider(DateTimeOffset now, DateTimeOffset? programmeCreatedAt, DateOnly? firstReferral, int lookBack)
    {
        var last = Quarter.LastClosedAt(now, Quarter.Amsterdam);
        var earliest = last;
        for (var i = 1; i < lookBack; i++)
            earliest = earliest.Previous;
        if (programmeCreatedAt is { } created && Quarter.FromInstant(created, Quarter.Amsterdam) is var createdIn && createdIn.CompareTo(earliest) > 0)
            earliest = createdIn;
        if (firstReferral is { } referral && Quarter.Containing(referral) is var referredIn && referredIn.CompareTo(earliest) > 0)
            earliest = referredIn;

        var quarters = new List<Quarter>();
        for (var q = earliest; q.CompareTo(last) < 0; q = q.Next)
            quarters.Add(q);
        quarters.Add(last);
        return quarters;
    }
}

/// <summary>Settings under Workbooks: of the scheduled builds.</summary>
internal sealed class QuarterlyWorkbookOptions
{
    /// <summary>
    /// How many closed quarters back (the last closed one included) the quarterly timer builds a quarter that has no build
    /// made after it closed: two years by default, as far back as a funder's report reasonably reaches.
    /// </summary>
    [Range(1, 40)]
    public int LookBackQuarters { get; set; } = 8;
}
