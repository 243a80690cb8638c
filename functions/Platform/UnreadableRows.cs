using System.Collections.Concurrent;
using System.Text.Json;

namespace IpsMonitor.Platform;

/// <summary>
/// Stored rows this version cannot map to its records (a severity it does not know, a damaged JSON column) in the
/// request being answered. One such row must never turn a page or a list into an error: the stores map through
/// <see cref="RowReader"/>, which leaves the row out and counts it here. The edge of both hosts starts the count per
/// request (<see cref="HttpEdge.Protect"/>); the staff layout shows it and every API answer carries it in
/// <see cref="Header"/>. It flows with the request's async context, as <see cref="RequestDeadline"/> does, because the
/// count belongs to the request while the stores are shared; queue and timer work has no count and only logs.
/// </summary>
internal static class UnreadableRows
{
    /// <summary>The response header of an answer that left rows out; absent when none were.</summary>
    public const string Header = "X-Unreadable-Rows";

    private static readonly AsyncLocal<Tally?> Current = new();

    /// <summary>Starts the count of this request; calls made from here on, side by side too, add to the same count.</summary>
    public static Tally Begin() => Current.Value = new Tally();

    /// <summary>Whether a request is being answered (its count started), rather than queue or timer work.</summary>
    public static bool InRequest => Current.Value is not null;

    /// <summary>Rows left out so far in this request (0 outside one).</summary>
    public static int Count => Current.Value?.Count ?? 0;

    /// <summary>Whether this request left out that row: a single read that found a row it could not map.</summary>
    public static bool LeftOut(string table, string partitionKey, string rowKey) =>
        Current.Value?.Contains(table, partitionKey, rowKey) == true;

    public static void Add(string table, string partitionKey, string rowKey) => Current.Value?.Add(table, partitionKey, rowKey);

    /// <summary>
    /// The faults of mapping a row whose values are missing or have the wrong form; anything else (storage, cancellation)
    /// is not about the row and still fails the request.
    /// </summary>
    public static bool IsUnreadable(Exception e) => e is FormatException or ArgumentException or InvalidOperationException
        or JsonException or NotSupportedException or NullReferenceException or OverflowException or IndexOutOfRangeException;

    /// <summary>One request's count, shared by the calls it makes side by side.</summary>
    internal sealed class Tally
    {
        private readonly ConcurrentDictionary<(string Table, string PartitionKey, string RowKey), byte> rows = new();

        public int Count => rows.Count;

        public void Add(string table, string partitionKey, string rowKey) => rows.TryAdd((table, partitionKey, rowKey), 0);

        public bool Contains(string table, string partitionKey, string rowKey) => rows.ContainsKey((table, partitionKey, rowKey));
    }
}
