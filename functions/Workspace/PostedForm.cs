namespace IpsMonitor.Workspace;

/// <summary>
/// What a form sent that came back with errors: it opens again with the values typed and the bad fields marked, each
/// with its message (field to words). Every other form on the page shows its stored values.
/// </summary>
public sealed record PostedForm(string FormId, IReadOnlyDictionary<string, string> Values, IReadOnlyDictionary<string, string> Errors)
{
    /// <summary>
    /// The form as typed, less what the text rule refuses (control, direction and invisible characters): the field error
    /// says why, and sending the form again then works.
    /// </summary>
    public static PostedForm From(string formId, IFormCollection form, IReadOnlyDictionary<string, string> errors) =>
        new(formId, Kept(form), errors);

    public static Dictionary<string, string> Kept(IFormCollection form) =>
        form.ToDictionary(f => f.Key, f => TextRule.Clean(f.Value.ToString(), multiLine: true), StringComparer.Ordinal);

    /// <summary>What the person typed in this form, else the stored value.</summary>
    public static string Value(PostedForm? posted, string formId, string field, string? current) =>
        posted?.FormId == formId ? posted.Values.GetValueOrDefault(field) ?? "" : current ?? "";

    public static bool IsInvalid(PostedForm? posted, string formId, string field) =>
        posted?.FormId == formId && posted.Errors.ContainsKey(field);

    /// <summary>The words of the field's error, shown right above it; null when the field has none.</summary>
    public static string? Error(PostedForm? posted, string formId, string field) =>
        posted?.FormId == formId ? posted.Errors.GetValueOrDefault(field) : null;

    /// <summary>The form that came back stays unfolded.</summary>
    public static bool IsOpen(PostedForm? posted, string formId) => posted?.FormId == formId;

    public static bool Checked(PostedForm? posted, string formId, string field, string value, bool current) =>
        posted?.FormId == formId ? posted.Values.GetValueOrDefault(field) == value : current;
}
