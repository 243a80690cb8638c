using IpsMonitor.Demo;
using IpsMonitor.Hosting;

// The local host: what `func start` would do, on Azurite unless configured otherwise.
//   (no arguments)                              run the app
//   --demo                                      run the app with a demo programme and print working links
//   bootstrap --programme <id> --name <name>    create a programme and its first coordinator key, then stop
var command = args.Length > 0 && !args[0].StartsWith('-') ? args[0] : null;
await using var host = await LocalHost.StartAsync(new LocalHostOptions { Args = command is null ? args : args[1..] });

if (command == "bootstrap")
{
    Environment.ExitCode = await Bootstrap.RunAsync(host.Services, args, Console.Out);
    return;
}
if (args.Contains("--demo"))
    await DemoData.SeedAsync(host.Services, host.BaseAddress, Console.Out);

Console.WriteLine($"IpsMonitor is running at {host.BaseAddress} (health: {host.BaseAddress}health). Press Ctrl+C to stop.");
await host.App.WaitForShutdownAsync();
