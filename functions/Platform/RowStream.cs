using System.Buffers;
using System.Buffers.Text;
using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;

namespace IpsMonitor.Platform;

/// <summary>
/// Runs a table query for a reader that maps each row at once and keeps none of them: the quarterly build, which reads
/// tens of thousands of rows. The storage SDK buffers each page whole and gives every row a dictionary of its own, which
/// was most of what a build allocated; here each page is read into a pooled buffer and one row is filled again for every
/// row of the query, with its values typed as the SDK types them. The row handed to <c>each</c> is only valid during the
/// call. The request goes through the table client's own pipeline, so it carries the same credentials, retries and
/// policies as every other call (the benches' round-trip counter too).
/// </summary>
internal sealed class RowStream(TableServiceClient tables, StorageNames names)
{
    /// <summary>The most rows a page of a query may hold.</summary>
    private const int PageSize = 1000;

    /// <summary>As often as the SDK's default retry tries a request.</summary>
    private const int ReadAttempts = 4;

    private const string ServiceVersion = "2020-12-06";
    private const string MinimalMetadata = "application/json;odata=minimalmetadata";

    // The SDK keeps its pipeline (which signs with a key or a managed identity) and its endpoint (which carries a SAS)
    // to itself; reading them is the one way to send a request with its credentials without writing the signing again.
    // RowStreamTests reads through both, with a key and with a SAS, against the SDK's own reading.
    private readonly HttpPipeline pipeline = Private<HttpPipeline>(tables, "_pipeline");
    private readonly Uri endpoint = Private<Uri>(tables, "_endpoint");

    private static T Private<T>(TableServiceClient client, string field) where T : class =>
        typeof(TableServiceClient).GetField(field, BindingFlags.Instance | BindingFlags.NonPublic)?.GetValue(client) as T
        ?? throw new InvalidOperationException($"This version of Azure.Data.Tables keeps no {field}: RowStream needs another way to send a query.");

    /// <summary>
    /// Calls <paramref name="each"/> with every row of the query, in the table's order, one page after the other. The next
    /// page is asked for before this one's rows are handed out, so the store works on it while the caller maps these.
    /// </summary>
    public async Task ForEachAsync(string table, string filter, IEnumerable<string>? select, Action<TableEntity> each, CancellationToken ct)
    {
        var columns = select is null ? null : string.Join(",", select);
        var stored = names.Table(table);
        var row = new TableEntity();
        var properties = new PropertyNames();
        Task<Page>? next = PageAsync(stored, filter, columns, null, null, ct);
        try
        {
            while (next is not null)
            {
                var page = await next;
                next = page.NextPartition is null ? null : PageAsync(stored, filter, columns, page.NextPartition, page.NextRow, ct);
                try
                {
                    ReadPage(page.Buffer.AsSpan(0, page.Length), row, properties, each);
                }
                finally
                {
                    ArrayPool<byte>.Shared.Return(page.Buffer, clearArray: true);
                }
            }
        }
        finally
        {
            // The caller stopped (a row it could not take, or cancellation) with a page still on its way: wait for it, so
            // its buffer goes back and its failure is not left unobserved.
            if (next is not null)
                await DiscardAsync(next);
        }
    }

    private static async Task DiscardAsync(Task<Page> page)
    {
        try
        {
            ArrayPool<byte>.Shared.Return((await page).Buffer, clearArray: true);
        }
        catch (Exception)
        {
            // The query already ends with the exception that stopped the caller; this one would only hide it.
        }
    }

    /// <summary>One page's answer in a pooled buffer, and where the next page begins (no partition: this was the last).</summary>
    private sealed record Page(byte[] Buffer, int Length, string? NextPartition, string? NextRow);

    /// <summary>
    /// One page, whole, in a pooled buffer the caller returns, and the continuation it names. The pipeline retries the
    /// request, but the answer is read after it (it is not buffered by the pipeline), so a read that breaks off or stalls
    /// is tried again here, as the SDK's buffered read would be. No row of a page reaches the caller before all of it is read.
    /// </summary>
    private async Task<Page> PageAsync(
        string table, string filter, string? columns, string? nextPartition, string? nextRow, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                using var message = Request(table, filter, columns, nextPartition, nextRow);
                await pipeline.SendAsync(message, ct);
                var response = message.Response;
                if (response.Status != 200)
                    throw new RequestFailedException(response);
                var (buffer, length) = await ReadAllAsync(response.ContentStream ?? Stream.Null, ct);
                return new Page(buffer, length,
                    response.Headers.TryGetValue("x-ms-continuation-NextPartitionKey", out var partition) ? partition : null,
                    response.Headers.TryGetValue("x-ms-continuation-NextRowKey", out var rowKey) ? rowKey : null);
            }
            catch (Exception e) when (attempt < ReadAttempts && !ct.IsCancellationRequested && e is IOException or OperationCanceledException)
            {
                // A broken or timed-out read of the answer; a refusal (RequestFailedException) is not read again.
            }
        }
    }

    private HttpMessage Request(string table, string filter, string? columns, string? nextPartition, string? nextRow)
    {
        var message = pipeline.CreateMessage();
        message.BufferResponse = false;
        var request = message.Request;
        request.Method = RequestMethod.Get;
        var uri = new RequestUriBuilder();
        uri.Reset(endpoint);
        uri.AppendPath("/", escape: false);
        uri.AppendPath(table, escape: true);
        uri.AppendPath("()", escape: false);
        uri.AppendQuery("$format", MinimalMetadata, escapeValue: true);
        uri.AppendQuery("$top", PageSize.ToString(CultureInfo.InvariantCulture), escapeValue: true);
        if (columns is not null)
            uri.AppendQuery("$select", columns, escapeValue: true);
        uri.AppendQuery("$filter", filter, escapeValue: true);
        if (nextPartition is not null)
            uri.AppendQuery("NextPartitionKey", nextPartition, escapeValue: true);
        if (nextRow is not null)
            uri.AppendQuery("NextRowKey", nextRow, escapeValue: true);
        request.Uri = uri;
        request.Headers.Add("x-ms-version", ServiceVersion);
        request.Headers.Add("DataServiceVersion", "3.0");
        request.Headers.Add("Accept", MinimalMetadata);
        return message;
    }

    /// <summary>The whole answer in a pooled buffer, which the caller returns.</summary>
    private static async Task<(byte[] Buffer, int Length)> ReadAllAsync(Stream content, CancellationToken ct)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(256 * 1024);
        var length = 0;
        try
        {
            int read;
            while ((read = await content.ReadAsync(buffer.AsMemory(length), ct)) > 0)
            {
                length += read;
                if (length < buffer.Length)
                    continue;
                var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                buffer.AsSpan(0, length).CopyTo(larger);
                ArrayPool<byte>.Shared.Return(buffer, clearArray: true);
                buffer = larger;
            }
            return (buffer, length);
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer, clearArray: true);
            throw;
        }
    }

    /// <summary>The rows of one page: {"odata.metadata":…,"value":[{row},…]}.</summary>
    internal static void ReadPage(ReadOnlySpan<byte> page, TableEntity row, PropertyNames names, Action<TableEntity> each)
    {
        var reader = new Utf8JsonReader(page);
        Expect(ref reader, JsonTokenType.StartObject);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (!reader.ValueTextEquals("value"u8))
            {
                reader.Read();
                reader.Skip();
                continue;
            }
            Expect(ref reader, JsonTokenType.StartArray);
            while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
            {
                ReadRow(ref reader, row, names);
                each(row);
            }
        }
    }

    /// <summary>
    /// One row's properties, typed as the SDK types them: JSON strings, whole numbers as int (or long when larger), other
    /// numbers as double, booleans; a value whose type is annotated ("X@odata.type": "Edm.DateTime") as that type. The etag
    /// and other odata properties are passed by, and so is a null, which every reader reads as a missing property anyway.
    /// </summary>
    private static void ReadRow(ref Utf8JsonReader reader, TableEntity row, PropertyNames names)
    {
        row.Clear();
        List<(string Name, string Type)>? lateTypes = null;
        names.ClearTypes();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = names.Of(ref reader);
            reader.Read();
            if (name.Skip)
            {
                reader.Skip();
                continue;
            }
            if (name.Annotates is { } annotated)
            {
                var type = names.Type(ref reader);
                if (row.ContainsKey(annotated))
                    (lateTypes ??= []).Add((annotated, type));
                else
                    names.SetType(annotated, type);
                continue;
            }
            switch (reader.TokenType)
            {
                case JsonTokenType.String:
                    row[name.Name] = (names.TypeOf(name.Name) ?? name.Implied) is { } edm ? Typed(ref reader, edm) : reader.GetString() ?? "";
                    break;
                case JsonTokenType.Number:
                    row[name.Name] = names.TypeOf(name.Name) is { } numberType ? Typed(ref reader, numberType)
                        : Number(ref reader);
                    break;
                case JsonTokenType.True or JsonTokenType.False:
                    row[name.Name] = reader.GetBoolean();
                    break;
                case JsonTokenType.Null:
                    break;
                default:
                    throw new JsonException($"A table row holds a value of the form {reader.TokenType}.");
            }
        }
        foreach (var (name, type) in lateTypes ?? [])
        {
            // Removed first: the row's setter would turn a date given for a text value back into text.
            var value = row[name];
            row.Remove(name);
            row[name] = Converted(value, type);
        }
    }

    /// <summary>An unannotated number as the SDK types it: an int if it fits, else a long, else a double.</summary>
    private static object Number(ref Utf8JsonReader reader) =>
        reader.TryGetInt32(out var whole) ? whole : reader.TryGetInt64(out var large) ? (object)large : reader.GetDouble();

    /// <summary>A value whose annotation came before it, read straight from the answer's bytes.</summary>
    private static object Typed(ref Utf8JsonReader reader, string type)
    {
        if (type == "Edm.DateTime" && reader.TokenType == JsonTokenType.String && reader.TryGetDateTimeOffset(out var moment))
            return moment;
        if (type == "Edm.Int64" && reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped
            && Utf8Parser.TryParse(reader.ValueSpan, out long number, out var used) && used == reader.ValueSpan.Length)
            return number;
        return Converted(reader.TokenType == JsonTokenType.String ? reader.GetString() ?? "" : Number(ref reader), type);
    }

    private static object Converted(object value, string type) => (type, value) switch
    {
        ("Edm.DateTime", string text) =>
            DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal),
        ("Edm.Int64", string text) => long.Parse(text, CultureInfo.InvariantCulture),
        ("Edm.Double", string text) => double.Parse(text, CultureInfo.InvariantCulture),
        ("Edm.Double", int whole) => (double)whole,
        ("Edm.Guid", string text) => Guid.Parse(text),
        ("Edm.Binary", string text) => Convert.FromBase64String(text),
        _ => value,
    };

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType token)
    {
        if (!reader.Read() || reader.TokenType != token)
            throw new JsonException($"A table query answered {reader.TokenType} where {token} was expected.");
    }

    /// <summary>
    /// The property names of one query, each kept as one string however many rows carry it, and the types the current
    /// row's annotations give.
    /// </summary>
    internal sealed class PropertyNames
    {
        private const string TypeSuffix = "@odata.type";
        private readonly List<(byte[] Utf8, PropertyName Name)> known = [];
        private readonly List<(byte[] Utf8, string Type)> knownTypes = [];
        private readonly Dictionary<string, string> types = new(StringComparer.Ordinal);

        public PropertyName Of(ref Utf8JsonReader reader)
        {
            foreach (var (utf8, name) in known)
                if (reader.ValueTextEquals(utf8))
                    return name;
            var text = reader.GetString() ?? "";
            var added = text.EndsWith(TypeSuffix, StringComparison.Ordinal)
                ? new PropertyName(text, text[..^TypeSuffix.Length], Skip: false)
                : new PropertyName(text, null, Skip: text.StartsWith("odata.", StringComparison.Ordinal))
                {
                    // The service's own moment carries no annotation: its type is known.
                    Implied = text == "Timestamp" ? "Edm.DateTime" : null,
                };
            known.Add((Encoding.UTF8.GetBytes(text), added));
            return added;
        }

        /// <summary>An annotation's type name, one string per type.</summary>
        public string Type(ref Utf8JsonReader reader)
        {
            foreach (var (utf8, type) in knownTypes)
                if (reader.ValueTextEquals(utf8))
                    return type;
            var text = reader.GetString() ?? "";
            knownTypes.Add((Encoding.UTF8.GetBytes(text), text));
            return text;
        }

        public void ClearTypes() => types.Clear();

        public void SetType(string name, string type) => types[name] = type;

        public string? TypeOf(string name) => types.Count == 0 ? null : types.GetValueOrDefault(name);
    }

    internal sealed record PropertyName(string Name, string? Annotates, bool Skip)
    {
        public string? Implied { get; init; }
    }
}
