namespace IpsMonitor.Workspace;

/// <summary>
/// What a field's aria-describedby names: its own hint, a hint shared with other fields, and its own error message
/// ("{id}-error", right above the field) when the form came back with an error on it; nothing when there is none of these.
/// </summary>
public static class FieldHints
{
    public static string? DescribedBy(string id, string? hint, string? shared, bool invalid)
    {
        string?[] ids = [hint is null ? null : id + "-hint", shared, invalid ? ErrorId(id) : null];
        var named = string.Join(' ', ids.Where(i => i is not null));
        return named.Length == 0 ? null : named;
    }

    /// <summary>The id of the message that says what is wrong with the field of this id.</summary>
    public static string ErrorId(string id) => id + "-error";
}
