namespace IpsMonitor.WorkbookBench;

/// <summary>
/// The stored rows a quarter's figures depend on, counted once over the whole history with the product's own mappings,
/// outside the timed rounds: every coach (the caseload sheet lists them all); the candidates first referred by the quarter's
/// end and their jobs started by then (caseload, placements, the eight-quarter trend, days to a first job); the signals
/// opened by the quarter's end and not resolved before the previous quarter began (opened, resolved and open at the end
/// of both quarters); the check-ins that closed in the quarter or the one before (response rates, scale means,
/// reminders); the contacts logged in the quarter or the one before (contacts per candidate-month in work) and the
/// candidates' goals (an active development goal). A row that cannot be read counts as not depended on.
/// </summary>
internal sealed class DependentRows(IServiceProvider services, string programmeId, Quarter quarter)
{
    public async Task<Counts> CountAsync()
    {
        var tables = services.GetRequiredService<TableServiceClient>();
        var names = services.GetRequiredService<StorageNames>();
        TableClient Table(string name) => tables.GetTableClient(names.Table(name));
        var partition = TableClient.CreateQueryFilter($"PartitionKey eq {programmeId}");
        var end = quarter.End;
        var start = quarter.Previous.Start;
        var coaches = (await services.GetRequiredService<AccessStore>().CoachesAsync(programmeId, CancellationToken.None)).Count;
        var candidates = await CountAsync(Table(CaseloadStore.CandidatesTable), partition, r => CandidateRows.ToCandidate(r).Referrals.Any(x => x.ReferralDate <= end));
        var jobs = await CountAsync(Table(CaseloadStore.JobsTable), partition, r => CandidateRows.ToJob(r).StartDate <= end);
        var checkIns = await CountAsync(Table(CheckInStore.Table), TableClient.CreateQueryFilter($"PartitionKey eq {programmeId} and RowKey lt {"~"}"),
            r => InvitationRows.ToFile(r).Invitation.ClosedAt is { } closed && Quarter.FromInstant(closed, Quarter.Amsterdam) is var q
                && (q == quarter || q == quarter.Previous));
        var signals = await CountAsync(Table(IpsMonitor.Signals.SignalStore.Table), partition, r =>
            r.GetDateTimeOffset("OpenedAt") is { } opened && ProgrammeTime.DateOf(opened) <= end
            && (r.GetDateTimeOffset("ResolvedAt") is not { } resolved || ProgrammeTime.DateOf(resolved) >= start));
        var contacts = await CountAsync(Table(ContactStore.Table), ProgrammeReader.ContactFilter(programmeId, quarter), _ => true);
        var goals = await CountAsync(Table(IpsMonitor.Development.CandidateVoiceStore.Table), partition,
            r => r.RowKey.Contains("|goal|", StringComparison.Ordinal));
        return new Counts(coaches, candidates, jobs, checkIns, signals) { Contacts = contacts, Goals = goals };
    }

    private static async Task<int> CountAsync(TableClient table, string filter, Func<TableEntity, bool> dependsOn)
    {
        var count = 0;
        await foreach (var row in table.QueryAsync<TableEntity>(filter))
        {
            try
            {
                if (dependsOn(row))
                    count++;
            }
            catch (Exception e) when (e is FormatException or ArgumentException or InvalidOperationException or System.Text.Json.JsonException)
            {
                // Unreadable: the build leaves it out too.
            }
        }
        return count;
    }

    internal sealed record Counts(int Coaches, int Candidates, int Jobs, int CheckIns, int Signals)
    {
        public int Contacts { get; init; }

        public int Goals { get; init; }

        public int Total => Coaches + Candidates + Jobs + CheckIns + Signals + Contacts + Goals;

        public override string ToString() => string.Create(CultureInfo.InvariantCulture,
            $"Rows the figures depend on: {Coaches:N0} coaches, {Candidates:N0} candidates, {Jobs:N0} jobs, {CheckIns:N0} check-ins, "
                + $"{Signals:N0} signals, {Contacts:N0} contacts, {Goals:N0} goals ({Total:N0})");
    }
}
