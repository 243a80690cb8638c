using System.Diagnostics;
using Azure;
using Azure.Data.Tables;

namespace IpsMonitor.Workspace;

/// <summary>
/// Every staff form is safe to send twice (a double click, a retry after a lost answer, a reload of the post). Each
/// rendered form carries a fresh random id (<see cref="Field"/>, rendered by AntiforgeryInput). Before the operation
/// runs, the post claims that id; when the answer is a redirect (303), the claim keeps its Location, and a second send of
/// the same form is answered with that same redirect without doing anything again. Any other answer (errors, a refusal)
/// lets the claim go, so the corrected form can be sent. A second send while the first is still being handled waits for
/// it briefly; when the first takes longer, it is told the form was sent already, never given an error.
/// A claim belongs to the browser session that sent it (its partition is the session's, in the sessions table, as
/// <see cref="RevealStore"/> keeps its rows): the antiforgery token ties a form to that session already, so no other
/// session can see or answer with it. A post without the field (the JSON API, a client of its own) is handled as before.
/// A claim holds no candidate data beyond its Location, a staff page path with the pseudonymous id only; it lapses
/// after <see cref="Lifetime"/>, so the erasure of a candidate need not look for claims.
/// </summary>
internal sealed class FormSends(TableServiceClient tables, StorageNames names, TimeProvider time)
{
    /// <summary>The hidden field of every staff form.</summary>
    public const string Field = "sent";

    /// <summary>A reload of a sent form within a working day gets its answer again; after that, nothing of it is kept.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(12);

    /// <summary>How long a second send waits for the first one still being handled: longer than any form takes.</summary>
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(50);

    private TableClient Rows => tables.GetTableClient(names.Table(StaffSessionStore.Table));

    /// <summary>A new id for one rendered form: 128 random bits, so two forms never share one.</summary>
    public static string NewId() => Secrets.NewId(16);

    /// <summary>Whether an id could have been made here (32 lowercase hex digits); anything else counts as no id.</summary>
    public static bool IsWellFormed(string id) => id.Length == 32 && id.All(char.IsAsciiHexDigitLower);

    /// <summary>
    /// Null when the post goes on: it carries no id, or it now holds the id's claim (settled when its answer starts).
    /// Else the answer of the earlier send of the same form: its redirect, or the page that says it was sent already.
    /// </summary>
    public async Task<IResult?> ClaimAsync(HttpContext context, CancellationToken ct)
    {
        var request = context.Request;
        if (!request.HasFormContentType || request.Cookies[StaffPages.SessionCookie] is not { Length: > 0 } session)
            return null;
        var form = await request.ReadFormAsync(ct);
        if (form[Field] is not [{ } id] || !IsWellFormed(id))
            return null;
        var partition = Secrets.Hash(session);
        var rowKey = "sent-" + id;
        var waited = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                await Rows.AddEntityAsync(new TableEntity(partition, rowKey) { ["ExpiresAt"] = time.GetUtcNow() + Lifetime }, ct);
                Settle(context, partition, rowKey);
                return null;
            }
            catch (RequestFailedException e) when (e.Status == 409)
            {
            }
            var held = (await Rows.GetEntityIfExistsAsync<TableEntity>(partition, rowKey, cancellationToken: ct)).Row();
            // Gone: the earlier send was refused and let go, so this one is handled as a send of its own.
            if (held is null)
                continue;
            if (held.GetDateTimeOffset("ExpiresAt") is not { } expires || expires <= time.GetUtcNow())
            {
                await ForgetAsync(partition, rowKey, held.ETag);
                continue;
            }
            if (held.GetString("Location") is { Length: > 0 } location)
                return RespondentPages.SeeOther(location);
            if (held.GetBoolean("Left") == true)
                return SentAlready(request);
            if (waited.Elapsed >= Wait)
                return SentAlready(request);
            await Task.Delay(Poll, ct);
        }
    }

    /// <summary>
    /// Keeps the answer's Location in the claim before the answer goes out (so a second send that waits sees it), or lets
    /// the claim go for any other answer. When the answer never starts (the browser left), it is settled once it ends.
    /// </summary>
    private void Settle(HttpContext context, string partition, string rowKey)
    {
        var settled = 0;
        Task Once() => Interlocked.Exchange(ref settled, 1) == 0 ? SettleAsync(context.Response, partition, rowKey) : Task.CompletedTask;
        context.Response.OnStarting(Once);
        context.Response.OnCompleted(Once);
    }

    private async Task SettleAsync(HttpResponse response, string partition, string rowKey)
    {
        // The operation is done whatever happens here; a claim left unsettled only makes a resend say "sent already".
        try
        {
            if (response.StatusCode == StatusCodes.Status303SeeOther && response.Headers.Location is [{ Length: > 0 } location])
                await Rows.UpdateEntityAsync(new TableEntity(partition, rowKey) { ["Location"] = location }, ETag.All,
                    TableUpdateMode.Merge, CancellationToken.None);
            // The browser left before the answer (a double click drops the first send): what the send did is unknown, so
            // it is not done again; the second send is told the form went, and the page shows what was saved.
            else if (response.HttpContext.RequestAborted.IsCancellationRequested)
                await Rows.UpdateEntityAsync(new TableEntity(partition, rowKey) { ["Left"] = true }, ETag.All,
                    TableUpdateMode.Merge, CancellationToken.None);
            else
                await ForgetAsync(partition, rowKey, ETag.All);
        }
        catch (RequestFailedException)
        {
        }
    }

    private async Task ForgetAsync(string partition, string rowKey, ETag etag)
    {
        try
        {
            await Rows.DeleteEntityAsync(partition, rowKey, etag, CancellationToken.None);
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
        }
    }

    /// <summary>The earlier send is still being handled: nothing is wrong, the page it leads to shows what was saved.</summary>
    private static IResult SentAlready(HttpRequest request)
    {
        var t = StaffPages.Text(request);
        var back = request.Headers.Referer.FirstOrDefault() is { } referer && Uri.TryCreate(referer, UriKind.Absolute, out var from)
            && from.Authority == request.Host.Value && from.AbsolutePath.StartsWith(StaffPages.Base(request), StringComparison.Ordinal)
            ? from.PathAndQuery : StaffPages.Base(request) + "caseload";
        return StaffLayout.Message(t, t.FormSentTitle, t.FormSent, back, StatusCodes.Status200OK);
    }
}
