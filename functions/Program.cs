using IpsMonitor.AzureHost;
using IpsMonitor.LocalHost;

// Started by the Functions host (in Azure), this is the isolated worker. Started any other way, it is the local host:
//   (no arguments)                              run the app on Azurite, as `func start` would
//   --demo                                      run the app with a demo programme and print working links
//   bootstrap --programme <id> --name <name>    create a programme and its first coordinator key, then stop
//   reminders --programme <id> --schedule 3,0   set a programme's reminder schedule (or off, default), then stop
if (AzureWorker.IsStartedByFunctionsHost(args))
{
    await AzureWorker.Build(args).RunAsync();
    return 0;
}
return await LocalCommands.RunAsync(args, Console.Out, Console.Error);
