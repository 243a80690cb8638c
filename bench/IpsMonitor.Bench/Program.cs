using IpsMonitor.Bench;

// One mode per measurement; run in Release: dotnet run -c Release --project bench/IpsMonitor.Bench -- <mode>
return args.FirstOrDefault() switch
{
    "recompute" => RecomputeBenchmark.Run(),
    "latency" => await LatencyBenchmark.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 40),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: IpsMonitor.Bench <mode>\n  recompute        signal evaluations per second for a candidate with 3 years of history\n  latency [n]      submit -> signal stored through the queue at the host.json defaults (n submissions, default 40)");
    return 2;
}
