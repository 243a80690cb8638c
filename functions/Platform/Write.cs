namespace IpsMonitor.Platform;

/// <summary>What an optimistic write did: stored, or found the row changed since it was read (and stored nothing).</summary>
internal enum Write
{
    Saved,
    Conflict,
}

internal static class OptimisticWrite
{
    /// <summary>
    /// Runs a write conditional on a row version. Storage answers 412 when the version is stale; that is an outcome the
    /// caller decides about, not a fault, so it comes back as <see cref="Write.Conflict"/> instead of an exception.
    /// </summary>
    public static async Task<Write> RunAsync(Func<Task> write)
    {
        try
        {
            await write();
            return Write.Saved;
        }
        catch (Azure.RequestFailedException e) when (e.Status == StatusCodes.Status412PreconditionFailed)
        {
            return Write.Conflict;
        }
    }
}
