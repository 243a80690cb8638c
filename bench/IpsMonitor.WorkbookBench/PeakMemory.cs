namespace IpsMonitor.WorkbookBench;

/// <summary>
/// The process's peak resident set (VmHWM in /proc/self/status). Writing 5 to /proc/self/clear_refs resets the peak, so
/// seeding does not count against the build; where that is not allowed, the peak covers the whole process.
/// </summary>
internal static class PeakMemory
{
    private static bool reset;

    public static void Reset()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            reset = true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            reset = false;
        }
    }

    public static (double HighWaterMb, bool WasReset) Read() => (Megabytes("VmHWM:"), reset);

    /// <summary>The resident set now: before the rounds, what the host holds before any build.</summary>
    public static double Resident() => Megabytes("VmRSS:");

    private static double Megabytes(string field)
    {
        var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal));
        return line is null ? 0 : long.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024.0;
    }
}
