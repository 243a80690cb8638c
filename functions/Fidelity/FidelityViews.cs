using System.Globalization;
using IpsMonitor.Workbooks;
using IpsMonitor.Workspace;

namespace IpsMonitor.Fidelity;

/// <summary>Turns reviews and evidence into the page's view records, in the reader's language.</summary>
internal static class FidelityViews
{
    public static IReadOnlyList<FidelityReviewRow> History(IReadOnlyList<FidelityReview> oldestFirst, FidelityText f)
    {
        var rows = new List<FidelityReviewRow>();
        int? before = null;
        foreach (var r in oldestFirst)
        {
            var change = r.IpsATotal is { } a && before is { } b ? (a - b).ToString("+0;−0;0", f.Culture) : f.NoTotal;
            rows.Add(new(Date(r.Date, f), r.Reviewers, Total(r.IpsATotal, f), Total(r.IpsOTotal, f),
                r.IpsATotal is { } total ? f.Levels[FidelityScale.Level(total)] : f.NoTotal, change));
            before = r.IpsATotal ?? before;
        }
        rows.Reverse();
        return rows;
    }

    public static FidelityTrendView Trend(IReadOnlyList<FidelityReview> oldestFirst, FidelityText f)
    {
        var scored = oldestFirst.Where(r => r.IpsATotal is not null).ToList();
        const int w = FidelityTrendView.Width - FidelityTrendView.Left - FidelityTrendView.Right;
        const int h = FidelityTrendView.Height - FidelityTrendView.Top - FidelityTrendView.Bottom;
        var points = scored.Select((r, i) =>
        {
            var total = r.IpsATotal ?? 0;
            var x = FidelityTrendView.Left + (scored.Count == 1 ? w / 2.0 : w * i / (double)(scored.Count - 1));
            var y = FidelityTrendView.Top + h * (125 - total) / 100.0;
            return new FidelityTrendPoint(Coordinate(x), Coordinate(y), Date(r.Date, f),
                total.ToString(CultureInfo.InvariantCulture));
        }).ToList();
        return new FidelityTrendView(points);
    }

    /// <summary>The items in their groups, items 1 and 11 with the evidence as stored, or saying it is not computed yet.</summary>
    public static IReadOnlyList<FidelityGroupView> Groups(FidelityReview? last, StoredEvidence evidence, FidelityText f, CoordinatorText c)
    {
        FidelityScoreField Field(FidelityItem item, string code) => new(code,
            item.HasEducationVariant ? f.Variants[code] : null,
            FidelityScale.EducationOnly.Contains(code),
            last?.Scores.GetValueOrDefault(code) is { } s ? string.Format(f.Culture, f.Previous, s.Score) : null);
        FidelityEvidenceView? Evidence(FidelityItem item) => (item.Number, evidence.Figures) switch
        {
            (FidelityScale.CaseloadItem, { } e) => CaseloadEvidence(e, f, c, evidence.Names) with { Computed = evidence.Computed },
            (FidelityScale.CompetitiveItem, { } e) => CompetitiveEvidence(e, f) with { Computed = evidence.Computed },
            (FidelityScale.CaseloadItem, null) => NotComputed("caseload", f.CaseloadHow, evidence.Quarter, f),
            (FidelityScale.CompetitiveItem, null) => NotComputed("competitive", f.CompetitiveHow, evidence.Quarter, f),
            _ => null,
        };
        return FidelityScale.Items.GroupBy(i => i.Group).Select(g => new FidelityGroupView(f.Groups[g.Key],
            g.Select(i => new FidelityItemView(i.Number, f.Items[i.Number].Name, f.Items[i.Number].Criterion,
                i.Codes.Select(code => Field(i, code)).ToList(), Evidence(i))).ToList())).ToList();
    }

    private static string Count(FidelityText f, int candidates) =>
        string.Format(f.Culture, candidates == 1 ? f.Candidates.One : f.Candidates.Many, candidates);

    private static FidelityEvidenceView CaseloadEvidence(FidelityEvidence e, FidelityText f, CoordinatorText c, StaffNames names)
    {
        var caseload = e.Caseload;
        var figure = caseload.PerFullTimeCoach is { } per
            ? string.Format(f.Culture, f.CaseloadEvidence, Count(f, caseload.Caseload), caseload.Fte.ToString("0.##", f.Culture),
                per.ToString("0.0", f.Culture), Date(e.On, f))
            : f.NoFte;
        var details = caseload.Coaches.Select(coach => string.Format(f.Culture, f.CaseloadCoach, names.Coach(coach.CoachId),
            Count(f, coach.Caseload), coach.Fte?.ToString("0.##", f.Culture) ?? c.NoFte, CaseloadNorms.Label(coach.Model),
            coach.NormPerFullTimeCoach, coach.ScoreBand?.ToString(f.Culture) ?? f.NoTotal)).ToList();
        var data = new Dictionary<string, object>
        {
            ["data-caseload"] = caseload.Caseload.ToString(CultureInfo.InvariantCulture),
            ["data-fte"] = caseload.Fte.ToString("0.##", CultureInfo.InvariantCulture),
            ["data-per-fte"] = caseload.PerFullTimeCoach?.ToString("0.0", CultureInfo.InvariantCulture) ?? "",
        };
        return new("caseload", figure, f.CaseloadHow, details, data, null);
    }

    private static FidelityEvidenceView CompetitiveEvidence(FidelityEvidence e, FidelityText f)
    {
        var competitive = e.Competitive;
        var figure = competitive.Share is { } share
            ? string.Format(f.Culture, f.CompetitiveEvidence, competitive.Competitive, competitive.Placements,
                share.ToString("0%", f.Culture), Date(e.On, f))
            : f.NoPlacements;
        var setting = competitive.DoelgroepbaanCompetitive ? f.DoelgroepbaanCounts : f.DoelgroepbaanDoesNotCount;
        var data = new Dictionary<string, object>
        {
            ["data-competitive"] = competitive.Competitive.ToString(CultureInfo.InvariantCulture),
            ["data-placements"] = competitive.Placements.ToString(CultureInfo.InvariantCulture),
        };
        return new("competitive", figure, f.CompetitiveHow, [setting], data, null);
    }

    private static FidelityEvidenceView NotComputed(string key, string how, Quarter quarter, FidelityText f) =>
        new(key, string.Format(f.Culture, f.EvidenceNotComputed, quarter), how, [],
            new Dictionary<string, object> { ["data-not-computed"] = "" }, null);

    public static string Date(DateOnly date, FidelityText f) => date.ToString("d MMMM yyyy", f.Culture);

    private static string Total(int? total, FidelityText f) => total?.ToString(f.Culture) ?? f.NoTotal;

    private static string Coordinate(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}

/// <summary>The quarter's evidence as a build stored it (null: none stored yet) and when that build ran, in words.</summary>
internal sealed record StoredEvidence(Quarter Quarter, FidelityEvidence? Figures, string? Computed, StaffNames Names);
