namespace IpsMonitor.Platform;

/// <summary>
/// Maps a table, queue or container name to the name used in the storage account.
/// Production uses the names as they are; tests run in parallel against one Azurite,
/// so each test host gets its own prefix and sees only its own data.
/// </summary>
internal sealed class StorageNames(string prefix)
{
    public string Prefix { get; } = prefix;

    public string Queue(string name) => Prefix.Length == 0 ? name : $"{Prefix}-{name}";

    public string Container(string name) => Queue(name);

    public string Table(string name) => Prefix + name;
}
