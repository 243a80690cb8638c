namespace IpsMonitor.Demo;

/// <summary>Creates a programme and its first coordinator key: the one step that no API key can do yet.</summary>
internal static class Bootstrap
{
    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, CancellationToken ct)
    {
        var programme = Value(args, "--programme");
        var name = Value(args, "--name") ?? programme;
        if (programme is null || !ManageProgramme.IsCode(programme))
        {
            await output.WriteLineAsync("Usage: bootstrap --programme <id: letters, digits, dashes> [--name <name>]");
            return 2;
        }
        var access = services.GetRequiredService<AccessStore>();
        await access.EnsureProgrammeAsync(programme, name!, ct);
        var lastDay = AccessStore.DefaultLastDay(services.GetRequiredService<TimeProvider>().GetUtcNow());
        var key = await access.CreateKeyAsync(programme, StaffRole.Coordinator, null, "bootstrap", ct, lastDay);
        await output.WriteLineAsync(
            $"Programme '{programme}' is ready. Coordinator key (shown once, keep it safe; it works until the end of {lastDay:yyyy-MM-dd}, Amsterdam time):");
        await output.WriteLineAsync(key);
        return 0;
    }

    private static string? Value(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
