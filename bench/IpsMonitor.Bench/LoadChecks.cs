using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Azure.Data.Tables;
using Azure.Storage.Queues;

namespace IpsMonitor.Bench;

/// <summary>What the load run waits for and what it counts afterwards, read straight from storage.</summary>
internal static class LoadChecks
{
    public sealed record StoredCount(int Acknowledged, int Stored, int Lost, int Duplicated, int SubmitAudits, int Signals, int Outbox);

    /// <summary>Until no queue holds a message, visible or not, twice in a row.</summary>
    public static async Task WaitForEmptyQueuesAsync(IServiceProvider services, CancellationToken ct)
    {
        var queues = services.GetRequiredService<QueueServiceClient>();
        var names = services.GetRequiredService<StorageNames>();
        for (var emptyInARow = 0; emptyInARow < 2 && !ct.IsCancellationRequested;)
        {
            var counts = await Task.WhenAll(QueueNames.All.Select(async q => (await queues.GetQueueClient(names.Queue(q)).GetPropertiesAsync(ct)).Value.ApproximateMessagesCount));
            emptyInARow = counts.Sum() == 0 ? emptyInARow + 1 : 0;
            await Task.Delay(250, ct);
        }
    }

    /// <summary>Time from now until every listed candidate has an hours-gap signal; null when the time limit came first.</summary>
    public static async Task<TimeSpan?> WaitForSignalsAsync(IServiceProvider services, string programme, HashSet<string> candidates, CancellationToken ct)
    {
        var table = Table(services, SignalStore.Table);
        var clock = Stopwatch.StartNew();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {programme} and Type eq {SignalTypes.HoursGap}");
        while (!ct.IsCancellationRequested)
        {
            var seen = new HashSet<string>();
            await foreach (var row in table.QueryAsync<TableEntity>(filter, select: ["RowKey"], cancellationToken: ct))
                seen.Add(row.RowKey[..row.RowKey.IndexOf('|', StringComparison.Ordinal)]);
            if (candidates.IsSubsetOf(seen))
                return clock.Elapsed;
            await Task.Delay(100, ct);
        }
        return null;
    }

    /// <summary>Polls the rebuild's status URL until it is done or failed, and says how it went.</summary>
    public static async Task<string> WaitForBuildAsync(HttpClient staff, HttpResponseMessage requested, CancellationToken ct)
    {
        if (requested.Headers.Location is not { } status)
            return $"not requested ({(int)requested.StatusCode})";
        while (!ct.IsCancellationRequested)
        {
            var body = await staff.GetFromJsonAsync<JsonElement>(status, ct);
            var state = body.GetProperty("status").GetString();
            if (state is "done" or "failed")
            {
                var started = body.GetProperty("startedAt").GetDateTimeOffset();
                var finished = body.GetProperty("finishedAt").GetDateTimeOffset();
                return string.Create(CultureInfo.InvariantCulture, $"{state}, built in {(finished - started).TotalSeconds:F2} s");
            }
            await Task.Delay(200, ct);
        }
        return "not finished within the time limit";
    }

    /// <summary>
    /// Compares the stored answers with what each client sent. Lost: acknowledged, but not stored as sent. Duplicated: a
    /// check-in audited as submitted more than once, or a candidate with more than one open hours-gap signal.
    /// </summary>
    public static async Task<StoredCount> CountStoredAsync(IServiceProvider services, string programme, IReadOnlyList<LoadRespondent> respondents, CancellationToken ct)
    {
        var answers = new Dictionary<string, IReadOnlyDictionary<string, Answer>>();
        await foreach (var file in services.GetRequiredService<CheckInStore>().ForProgrammeAsync(programme, nameof(InvitationState.Answered), ct))
            if (file.Invitation.Id == "c-now")
                answers[file.Invitation.CandidateId] = file.Invitation.Answers;
        var acknowledged = respondents.Where(r => r.Acknowledged).ToList();
        var stored = acknowledged.Count(r => answers.TryGetValue(r.CandidateId, out var a) && r.Sent.All(s => Same(s.Value, a.GetValueOrDefault(s.Key))));

        var audits = new Dictionary<string, int>();
        var auditFilter = TableClient.CreateQueryFilter($"PartitionKey ge {programme + "|"} and PartitionKey lt {programme + "}"} and Action eq {"submit questionnaire"}");
        await foreach (var row in Table(services, Access.AuditLog.Table).QueryAsync<TableEntity>(auditFilter, cancellationToken: ct))
            audits[row.GetString("CandidateId")] = audits.GetValueOrDefault(row.GetString("CandidateId")) + 1;
        var signals = new Dictionary<string, int>();
        var signalFilter = TableClient.CreateQueryFilter($"PartitionKey eq {programme} and Type eq {SignalTypes.HoursGap}");
        await foreach (var row in Table(services, SignalStore.Table).QueryAsync<TableEntity>(signalFilter, cancellationToken: ct))
        {
            var candidateId = row.RowKey[..row.RowKey.IndexOf('|', StringComparison.Ordinal)];
            if (row.GetDateTimeOffset("ResolvedAt") is null)
                signals[candidateId] = signals.GetValueOrDefault(candidateId) + 1;
        }
        var outbox = 0;
        await foreach (var _ in services.GetRequiredService<CheckInStore>().OutboxAsync(programme, ct))
            outbox++;
        // Earlier rounds' candidates are in the same programme; only this round's count.
        var ours = respondents.Select(r => r.CandidateId).ToHashSet();
        var roundAudits = audits.Where(a => ours.Contains(a.Key)).ToList();
        var roundSignals = signals.Where(s => ours.Contains(s.Key)).ToList();
        var duplicated = roundAudits.Count(a => a.Value > 1) + roundSignals.Count(s => s.Value > 1);
        return new StoredCount(acknowledged.Count, stored, acknowledged.Count - stored, duplicated, roundAudits.Sum(a => a.Value), roundSignals.Count, outbox);
    }

    /// <summary>Round trips per request of one kind, with the calls that make them up and their mean time.</summary>
    public static string RoundTrips(string kind, IReadOnlyDictionary<string, StorageRoundTrips.Tally> calls, int requests)
    {
        var text = new StringBuilder();
        var total = calls.Values.Sum(c => c.Count);
        text.Append(CultureInfo.InvariantCulture, $"storage round trips per {kind}: {(requests == 0 ? 0 : (double)total / requests):F2}");
        foreach (var (call, tally) in calls.OrderByDescending(c => c.Value.Count))
            text.Append(CultureInfo.InvariantCulture, $"\n  {call,-32} {(double)tally.Count / requests,5:F2} x, mean {TimeSpan.FromTicks(tally.Ticks / Math.Max(1, tally.Count)).TotalMilliseconds,6:F1} ms");
        return text.ToString();
    }

    private static bool Same(string sent, Answer? stored) => stored is not null && (stored.Text is { } text
        ? text == sent
        : stored.Number == (sent switch { "yes" => 1m, "no" => 0m, _ => decimal.Parse(sent, CultureInfo.InvariantCulture) }));

    private static TableClient Table(IServiceProvider services, string name) =>
        services.GetRequiredService<TableServiceClient>().GetTableClient(services.GetRequiredService<StorageNames>().Table(name));
}
