using Azure;
using IpsMonitor.Demo;

namespace IpsMonitor.LocalHost;

/// <summary>
/// The command line of the local host. Running the app serves until Ctrl+C; an admin command such as bootstrap starts
/// no listener, queue poller or timer, so it works beside a running app. Either way a failure is one line and a non-zero exit.
/// </summary>
internal static class LocalCommands
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, LocalHostOptions? options = null)
    {
        var command = args.Length > 0 && !args[0].StartsWith('-') ? args[0] : null;
        try
        {
            return command switch
            {
                null => await ServeAsync((options ?? new LocalHostOptions()) with { Args = args }, output, error),
                "bootstrap" => await AdminAsync(args[1..], options, (services, ct) => Bootstrap.RunAsync(services, args[1..], output, ct)),
                "index-check-ins" => await AdminAsync(args[1..], options,
                    (services, ct) => CheckIns.CheckInQuarterBackfill.RunAsync(services, args[1..], output, ct)),
                "reminders" => await AdminAsync(args[1..], options, (services, ct) => CheckIns.ReminderCommand.RunAsync(services, args[1..], output, ct)),
                // Not bound to the admin commands' 30 seconds: a rebuild takes as long as the programmes are large.
                "rebuild-read-models" => await AdminAsync(args[1..], options, (services, _) => RebuildAsync(services, output)),
                _ => await UnknownAsync(command, error),
            };
        }
        catch (Exception e)
        {
            // A command line answers in one line: the reason, not a stack trace.
            await error.WriteLineAsync($"IpsMonitor stopped: {OneLine(e)}");
            return 1;
        }
    }

    private static async Task<int> ServeAsync(LocalHostOptions options, TextWriter output, TextWriter error)
    {
        var args = options.Args.Where(a => a != "--demo").ToArray();
        var appRoot = options.AppRoot ?? AppSettings.FindAppRoot();
        // Without an SMTP server the app mails to a local inbox, so invitations and reminders can be seen and followed.
        using var inbox = await MailDev.ForLocalMailAsync(AppSettings.Build(appRoot, options.Settings, args), appRoot);
        var settings = new Dictionary<string, string?>(options.Settings);
        foreach (var (key, value) in inbox?.SmtpSettings() ?? [])
            settings[key] = value;
        await using var host = await LocalFunctionsHost.StartAsync(options with { Args = args, AppRoot = appRoot, Settings = settings });
        if (options.Args.Contains("--demo"))
            await DemoData.SeedAsync(host.Services, host.BaseAddress, output);
        if (inbox is not null)
            await output.WriteLineAsync($"Mail inbox (MailDev): {inbox.Inbox} - every mail the app sends lands here.");
        await output.WriteLineAsync($"IpsMonitor is running at {host.BaseAddress} (health: {host.BaseAddress}health). Press Ctrl+C to stop.");
        await host.App.WaitForShutdownAsync();

        // The generic host stops when a background service fails, but lets the process end with 0; a failure must not look like Ctrl+C.
        if (host.Services.GetServices<IHostedService>().OfType<BackgroundService>().FirstOrDefault(s => s.ExecuteTask is { IsFaulted: true }) is { } failed)
        {
            await error.WriteLineAsync($"IpsMonitor stopped: {failed.GetType().Name} failed: {OneLine(failed.ExecuteTask!.Exception!.GetBaseException())}");
            return 1;
        }
        return 0;
    }

    /// <summary>Runs one admin command against storage only: the app's services, no host around them.</summary>
    private static async Task<int> AdminAsync(string[] args, LocalHostOptions? options, Func<IServiceProvider, CancellationToken, Task<int>> command)
    {
        var appRoot = options?.AppRoot ?? AppSettings.FindAppRoot();
        var config = AppSettings.Build(appRoot, options?.Settings ?? new Dictionary<string, string?>(), args);
        using var azurite = await Azurite.ForDevelopmentStorageAsync(config, appRoot);
        var services = new ServiceCollection().AddLogging().AddIpsMonitor(config);
        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await provider.GetRequiredService<StorageLayout>().EnsureAsync(timeout.Token);
        }
        catch (Exception e) when (e is RequestFailedException or AggregateException or HttpRequestException or OperationCanceledException)
        {
            throw new InvalidOperationException($"storage is unreachable ({Storage.Describe(config)}): {OneLine(e)}", e);
        }
        return await command(provider, timeout.Token);
    }

    private static async Task<int> UnknownAsync(string command, TextWriter error)
    {
        await error.WriteLineAsync($"Unknown command '{command}'. Commands: bootstrap --programme <id> [--name <name>]; "
            + "reminders --programme <id> --schedule <3,0|off|default>; rebuild-read-models; index-check-ins [--programme <id>]; or no command (add --demo for demo data) to run the app.");
        return 2;
    }

    private static async Task<int> RebuildAsync(IServiceProvider services, TextWriter output)
    {
        var result = await services.GetRequiredService<Caseload.ReadModelRebuild>().RebuildAsync(CancellationToken.None);
        await output.WriteLineAsync($"Read models rebuilt: {result.Candidates} candidates recomputed, {result.Repaired} rows repaired.");
        return 0;
    }

    private static string OneLine(Exception e)
    {
        var message = (e is AggregateException a ? a.GetBaseException() : e).Message;
        var firstLine = message.Split('\n', 2)[0].Trim();
        return firstLine.Length == 0 ? e.GetType().Name : firstLine;
    }
}
