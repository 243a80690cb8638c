using IpsMonitor.Hosting;

// The local host: what `func start` would do, on Azurite unless configured otherwise.
await using var host = await LocalHost.StartAsync(new LocalHostOptions { Args = args });
Console.WriteLine($"IpsMonitor is running at {host.BaseAddress} (health: {host.BaseAddress}health). Press Ctrl+C to stop.");
await host.App.WaitForShutdownAsync();
