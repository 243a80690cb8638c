using IpsMonitor.Bench;

// One mode per measurement; run in Release: dotnet run -c Release --project bench/IpsMonitor.Bench -- <mode>
return args.FirstOrDefault() switch
{
    "recompute" => RecomputeBenchmark.Run(),
    "latency" => await LatencyBenchmark.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 40),
    "pages" => await PageBenchmark.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100),
    "staff" => await StaffBenchmark.RunAsync(Option(args, "--rounds", 20), [Option(args, "--small", 500), Option(args, "--large", 5000)]),
    "load" => await LoadBenchmark.RunAsync(Option(args, "--respondents", 300), Option(args, "--clients", 32), Option(args, "--rounds", 3), TimeSpan.FromSeconds(Option(args, "--seconds", 900))),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: IpsMonitor.Bench <mode>\n  recompute        signal evaluations per second for a candidate with 3 years of history\n  latency [n]      submit -> signal stored through the queue at the host.json defaults (n submissions, default 40)\n  pages [n]        median time of the caseload and candidate pages over HTTP, signed in (n requests each, default 100)\n  staff [--rounds 20] [--small 500] [--large 5000]\n                   every staff page and API list at two programme sizes: median, p95, time outside storage, round trips, rows, bytes\n  load [--respondents 300] [--clients 32] [--rounds 3] [--seconds 900]\n                   respondents walking their questionnaire at once, then all submitting: rate, latency, round trips, nothing lost");
    return 2;
}

static int Option(string[] args, string name, int fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], System.Globalization.CultureInfo.InvariantCulture) : fallback;
}
