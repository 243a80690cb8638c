using IpsMonitor.LocalHost;

namespace IpsMonitor.Tests.Infrastructure;

/// <summary>
/// One in-memory Azurite on free ports for the whole test run, started on first use.
/// Tests run in parallel, so each one works under its own name prefix (see StorageNames).
/// </summary>
internal static class TestStorage
{
    private static readonly Lazy<Task<Azurite>> Instance = new(async () =>
    {
        var azurite = await Azurite.StartInMemoryAsync(Repo.Root);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => azurite.Dispose();
        return azurite;
    });

    public static async Task<string> ConnectionStringAsync() => (await Instance.Value).ConnectionString;

    public static string NewPrefix() => "t" + Guid.NewGuid().ToString("N")[..10];
}
