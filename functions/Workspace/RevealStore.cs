using Azure;
using Azure.Data.Tables;
using Microsoft.AspNetCore.DataProtection;

namespace IpsMonitor.Workspace;

/// <summary>
/// What a form made that may be shown only once (a new key, a new check-in link): the form keeps it here and redirects
/// (303) to a page that takes it. Taking deletes it, so a reload of that page, or a second tab, shows nothing and issues
/// nothing. A row belongs to the browser session that made it (its partition is the session's, in the sessions table) and
/// holds its value sealed with data protection, so a row a browser never came back for keeps no readable secret; it
/// lapses after <see cref="Lifetime"/>.
/// </summary>
internal sealed class RevealStore(
    TableServiceClient tables, StorageNames names, IDataProtectionProvider protection, TimeProvider time)
{
    /// <summary>Long enough for the redirect on a slow phone, short enough that a forgotten one is soon worthless.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    private readonly IDataProtector seal = protection.CreateProtector("IpsMonitor.Workspace.Reveal.v1");

    private TableClient Rows => tables.GetTableClient(names.Table(StaffSessionStore.Table));

    /// <summary>Keeps <paramref name="value"/> for this browser session; returns the random id of the page that shows it.</summary>
    public async Task<string> KeepAsync<T>(HttpRequest request, T value, CancellationToken ct)
    {
        var id = Secrets.NewId(16);
        var sealedValue = seal.Protect(Json.Write(value));
        await Rows.AddEntityAsync(new TableEntity(Partition(request), RowKey<T>(id))
        {
            ["Value"] = sealedValue,
            ["ExpiresAt"] = time.GetUtcNow() + Lifetime,
        }, ct);
        return id;
    }

    /// <summary>
    /// The value kept under <paramref name="id"/> by this browser session, removed as it is read; null when it is
    /// unknown, of another session, already shown or lapsed. Of two requests at once only the one that deletes it shows it.
    /// </summary>
    public async Task<T?> TakeAsync<T>(HttpRequest request, string id, CancellationToken ct) where T : class
    {
        if (!IsWellFormed(id))
            return null;
        var row = (await Rows.GetEntityIfExistsAsync<TableEntity>(Partition(request), RowKey<T>(id), cancellationToken: ct)).Row();
        if (row is null)
            return null;
        try
        {
            await Rows.DeleteEntityAsync(row.PartitionKey, row.RowKey, row.ETag, ct);
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            return null;
        }
        if (row.GetDateTimeOffset("ExpiresAt") is not { } expires || expires <= time.GetUtcNow())
            return null;
        return Json.Read<T>(seal.Unprotect(row.GetString("Value") ?? ""));
    }

    /// <summary>Whether an id could have been made here (32 lowercase hex digits); anything else is refused unread.</summary>
    public static bool IsWellFormed(string id) => id.Length == 32 && id.All(char.IsAsciiHexDigitLower);

    /// <summary>The session's partition: the hash of its cookie, as the session row itself is kept.</summary>
    private static string Partition(HttpRequest request) => Secrets.Hash(request.Cookies[StaffPages.SessionCookie] ?? "");

    private static string RowKey<T>(string id) => "reveal-" + typeof(T).Name + "-" + id;
}
