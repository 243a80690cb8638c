namespace IpsMonitor.Signals;

/// <summary>
/// Turns fresh findings into writes, without touching storage: open what is new, refresh what still holds, resolve what
/// cleared. Reconciling the same findings again yields an empty plan, so a redelivered queue message changes nothing.
/// </summary>
public static class SignalLifecycle
{
    /// <param name="existing">The candidate's stored signals, open and resolved; others' signals are ignored.</param>
    /// <param name="findings">The evaluator's findings; when two share a key, the first counts.</param>
    /// <param name="newId">Called once per opened signal, in key order, so a caller can make ids deterministic.</param>
    public static ReconcilePlan Reconcile(
        IReadOnlyList<StoredSignal> existing,
        IReadOnlyList<SignalFinding> findings,
        string candidateId,
        DateTimeOffset now,
        Func<string> newId)
    {
        ArgumentNullException.ThrowIfNull(existing);
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(newId);

        // The oldest open signal per key is the live one; a stray duplicate (say, from a race between two writers) resolves.
        var open = new Dictionary<string, StoredSignal>(StringComparer.Ordinal);
        var toResolve = new List<StoredSignal>();
        foreach (var signal in existing.Where(s => s.CandidateId == candidateId && s.IsOpen)
                     .OrderBy(s => s.OpenedAt).ThenBy(s => s.Id, StringComparer.Ordinal))
        {
            if (!open.TryAdd(signal.Key, signal))
                toResolve.Add(signal with { ResolvedAt = now });
        }

        var current = new Dictionary<string, SignalFinding>(StringComparer.Ordinal);
        foreach (var finding in findings)
            current.TryAdd(finding.Key, finding);

        var toOpen = new List<StoredSignal>();
        var toUpdate = new List<StoredSignal>();
        foreach (var finding in current.Values.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            if (!open.TryGetValue(finding.Key, out var signal))
            {
                toOpen.Add(new StoredSignal(newId(), candidateId, finding.Key, finding.Type, finding.Severity, finding.RuleVersion,
                    finding.Facts, finding.Evidence, now, null, null, null, null));
                continue;
            }
            // Acknowledgement and OpenedAt stay: the coach saw this condition, and it is still the same condition.
            var refreshed = signal with
            {
                Type = finding.Type,
                Severity = finding.Severity,
                RuleVersion = finding.RuleVersion,
                Facts = finding.Facts,
                Evidence = finding.Evidence,
            };
            if (!SameContent(signal, refreshed))
                toUpdate.Add(refreshed);
        }

        foreach (var (key, signal) in open)
            if (!current.ContainsKey(key))
                toResolve.Add(signal with { ResolvedAt = now });
        toResolve.Sort(static (a, b) =>
            string.CompareOrdinal(a.Key, b.Key) is var byKey and not 0 ? byKey : string.CompareOrdinal(a.Id, b.Id));

        return new ReconcilePlan(toOpen, toUpdate, toResolve);
    }

    /// <summary>
    /// Facts are compared as their stored JSON: facts holding lists have no value equality, and what matters is whether
    /// the row would change. A row from before facts differs from any finding, so it is rewritten with facts once.
    /// </summary>
    private static bool SameContent(StoredSignal a, StoredSignal b) =>
        a.Type == b.Type && a.Severity == b.Severity && a.RuleVersion == b.RuleVersion
        && Platform.Json.Write(a.Facts) == Platform.Json.Write(b.Facts)
        && a.Evidence.SequenceEqual(b.Evidence);
}
