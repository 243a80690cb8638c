namespace IpsMonitor.Bench;

/// <summary>
/// Times SignalEvaluator.Evaluate on one thread for a candidate with three years of history, in rounds, and reports the
/// median rate so one noisy round on a shared machine does not decide the figure.
/// </summary>
internal static class RecomputeBenchmark
{
    private const int Rounds = 9;
    private static readonly TimeSpan RoundLength = TimeSpan.FromSeconds(1);

    public static int Run()
    {
        var history = ThreeYearHistory.Build();
        var scales = ThreeYearHistory.Scales;
        var rules = new SignalRules();
        var date = ThreeYearHistory.EvaluationDate;

        var findings = SignalEvaluator.Evaluate(history, scales, rules, date);
        var answered = history.Invitations.Where(i => i.State == CheckIns.InvitationState.Answered).ToList();
        Console.WriteLine($"history: {answered.Count(i => i.Respondent == CheckIns.Respondent.Candidate)} candidate and "
            + $"{answered.Count(i => i.Respondent == CheckIns.Respondent.Supervisor)} supervisor check-ins, "
            + $"{history.Invitations.Count - answered.Count} missed, {history.Jobs.Count} jobs, evaluated on {date:yyyy-MM-dd}");
        Console.WriteLine($"findings: {string.Join(", ", findings.Select(f => f.Key))}");

        // Warm-up: let tiered compilation reach its optimised code before anything is timed.
        var warmUp = Stopwatch.StartNew();
        while (warmUp.Elapsed < TimeSpan.FromSeconds(2))
            SignalEvaluator.Evaluate(history, scales, rules, date);

        var rates = new double[Rounds];
        for (var round = 0; round < Rounds; round++)
        {
            var count = 0;
            var watch = Stopwatch.StartNew();
            while (watch.Elapsed < RoundLength)
            {
                for (var i = 0; i < 1000; i++)
                    SignalEvaluator.Evaluate(history, scales, rules, date);
                count += 1000;
            }
            rates[round] = count / watch.Elapsed.TotalSeconds;
            Console.WriteLine($"round {round + 1}: {rates[round],10:N0} candidates/s");
        }

        const int allocationRuns = 10_000;
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < allocationRuns; i++)
            SignalEvaluator.Evaluate(history, scales, rules, date);
        var bytesPerEvaluation = (GC.GetAllocatedBytesForCurrentThread() - before) / (double)allocationRuns;

        Array.Sort(rates);
        Console.WriteLine($"median: {rates[Rounds / 2]:N0} candidates/s (min {rates[0]:N0}, max {rates[^1]:N0}, {Rounds} rounds of {RoundLength.TotalSeconds:0} s, one thread)");
        Console.WriteLine($"allocated: {bytesPerEvaluation:N0} bytes per evaluation");
        return 0;
    }
}
