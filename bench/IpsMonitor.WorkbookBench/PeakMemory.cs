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

    public static (double HighWaterMb, bool WasReset) Read()
    {
        var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        var kb = line is null ? 0 : long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        return (kb / 1024.0, reset);
    }
}
