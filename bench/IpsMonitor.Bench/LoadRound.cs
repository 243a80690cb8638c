namespace IpsMonitor.Bench;

/// <summary>The figures of one round of the load benchmark, and their medians over rounds.</summary>
internal sealed record LoadRound(int Respondents, double SubmitsPerSecond, double RawInserts, LoadStats Stats, TimeSpan? Lag, LoadChecks.StoredCount Check, double WalkRate)
{
    public double Ratio => SubmitsPerSecond / RawInserts;

    public bool Clean => Stats.Errors.Count == 0 && Check.Lost == 0 && Check.Duplicated == 0 && Lag is not null;

    public static string Medians(IReadOnlyList<LoadRound> rounds)
    {
        double Median(Func<LoadRound, double> of)
        {
            var sorted = rounds.Select(of).Order().ToList();
            return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
        }
        return string.Create(CultureInfo.InvariantCulture, $"""
            medians over {rounds.Count} rounds:
              final submits {Median(r => r.SubmitsPerSecond):F1}/s, raw inserts {Median(r => r.RawInserts):F0}/s, ratio {Median(r => r.Ratio):F3}
              final submit median {Median(r => r.Stats.Percentile("submit", 0.5)):F1} ms, p95 {Median(r => r.Stats.Percentile("submit", 0.95)):F1} ms
              screen POST median {Median(r => r.Stats.Percentile("screen", 0.5)):F1} ms, p95 {Median(r => r.Stats.Percentile("screen", 0.95)):F1} ms
              page GET median {Median(r => r.Stats.Percentile("page", 0.5)):F1} ms, p95 {Median(r => r.Stats.Percentile("page", 0.95)):F1} ms
              whole walk {Median(r => r.WalkRate):F1} respondents/s, queue lag {Median(r => r.Lag?.TotalMilliseconds ?? double.NaN):F0} ms
              errors {rounds.Sum(r => r.Stats.Errors.Values.Sum())}, lost {rounds.Sum(r => r.Check.Lost)}, duplicated {rounds.Sum(r => r.Check.Duplicated)}
            """);
    }
}
