namespace IpsMonitor.Workspace;

/// <summary>
/// The words for what a staff form could not save, in one language: by the answer's kind, by error code ("{0}" is the
/// field's name), by field for a value refused without a more telling code, and the fields' names as the forms label them.
/// <c>ByFormField</c> ("enrol.coachId") words a choice of one form that was left empty: "Kies een begeleider", where the
/// field's own words are about a format (a coach code typed on the team page) or about another refusal of the same field.
/// </summary>
public sealed record StaffFormErrors(
    string Conflict,
    string NotFound,
    string Other,
    string CaseloadNotEmpty,
    IReadOnlyDictionary<string, string> ByCode,
    IReadOnlyDictionary<string, string> ByField,
    IReadOnlyDictionary<string, string> ByFormField,
    IReadOnlyDictionary<string, string> FieldNames);
