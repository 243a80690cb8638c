namespace IpsMonitor.Platform;

/// <summary>
/// A query-string filter with a fixed set of values (?severity=urgent): given at most once, and then exactly one of its
/// names, compared without regard to case. A list ("urgent,info"), a number ("2") or a repeat (?state=open&amp;state=all)
/// is a 400 naming the allowed values, never silently read as something else.
/// </summary>
internal static class QueryFilter
{
    /// <summary>The allowed name as written in <paramref name="allowed"/>, null when the filter is absent (or wrong: see errors).</summary>
    public static string? OneOf(IQueryCollection query, string name, IReadOnlyList<string> allowed, Dictionary<string, string[]> errors)
    {
        var values = query[name];
        if (values.Count == 0)
            return null;
        if (values.Count == 1 && allowed.FirstOrDefault(a => string.Equals(a, values[0], StringComparison.OrdinalIgnoreCase)) is { } match)
            return match;
        errors[name] = [$"The {name} filter is exactly one of: {string.Join(", ", allowed)}."];
        return null;
    }

    public static T? Enum<T>(IQueryCollection query, string name, Dictionary<string, string[]> errors) where T : struct, Enum =>
        OneOf(query, name, StrictEnumConverter.Names(typeof(T)), errors) is { } value ? (T?)StrictEnumConverter.Parse(typeof(T), value) : null;
}
