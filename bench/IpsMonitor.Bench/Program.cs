using IpsMonitor.Bench;

// One mode per measurement; run in Release: dotnet run -c Release --project bench/IpsMonitor.Bench -- <mode>
return args.FirstOrDefault() switch
{
    "recompute" => RecomputeBenchmark.Run(),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: IpsMonitor.Bench <mode>\n  recompute   signal evaluations per second for a candidate with 3 years of history");
    return 2;
}
