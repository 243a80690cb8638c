using IpsMonitor.Caseload;
using IpsMonitor.CheckIns;
using IpsMonitor.Platform;
using IpsMonitor.Signals;

namespace IpsMonitor.Workspace;

/// <summary>Labels for stored values and the Dutch wording of the API's validation, by field.</summary>
public sealed partial record StaffText
{
    /// <summary>The caseload's status filter: the candidates still in IPS, one status, or everyone.</summary>
    public static readonly IReadOnlyList<string> Statuses = ["active", CandidateDtos.Looking, CandidateDtos.Working, CandidateDtos.Discharged, "all"];

    public static StaffText For(string lang) => Table.For(lang);

    // Read on first use, not as a field: the records live in their own files, and static fields in different files of a
    // partial type start in an order the language does not promise.
    private static readonly Lazy<TextTable<StaffText>> LazyTable = new(AllLanguages);

    internal static TextTable<StaffText> Table => LazyTable.Value;

    private static TextTable<StaffText> AllLanguages() => new(Languages.Staff, Nl, En);

    /// <summary>The other staff languages, with their own names, for the language switch.</summary>
    internal IEnumerable<StaffText> Others => Table.All.Where(o => o.Lang != Lang);

    /// <summary>A number of hours per week, such as "7,5 uur".</summary>
    public required string HoursFormat { get; init; }
    public required IReadOnlyDictionary<string, string> StatusLabels { get; init; }

    public required string FailedConflict { get; init; }
    public required string FailedNotFound { get; init; }
    public required string FailedOther { get; init; }
    public required string FailedCaseloadNotEmpty { get; init; }

    /// <summary>Form errors by error code; "{0}" is the field's name.</summary>
    public required IReadOnlyDictionary<string, string> CodeErrors { get; init; }

    /// <summary>The names of the form fields as the forms label them, for error messages.</summary>
    public required IReadOnlyDictionary<string, string> FieldNames { get; init; }

    /// <summary>Form errors by field, for a value refused without a more telling code.</summary>
    public required IReadOnlyDictionary<string, string> FieldErrors { get; init; }
    public required IReadOnlyDictionary<string, string> SignalLabels { get; init; }
    public required IReadOnlyDictionary<SignalSeverity, string> SeverityLabels { get; init; }
    public required IReadOnlyDictionary<PlacementKind, string> KindLabels { get; init; }
    public required IReadOnlyDictionary<Caseload.Disclosure, string> DisclosureLabels { get; init; }
    public required IReadOnlyDictionary<AdjustmentKind, string> AdjustmentLabels { get; init; }
    public required IReadOnlyDictionary<AdjustmentStatus, string> AdjustmentStatusLabels { get; init; }
    public required IReadOnlyDictionary<InvitationState, string> StateLabels { get; init; }

    /// <summary>The driegesprek dimensions by key, with their scale.</summary>
    public required IReadOnlyDictionary<string, string> DimensionLabels { get; init; }

    /// <summary>A status of the filter or of a candidate; anything else is the filter's "everyone".</summary>
    public string StatusLabel(string status) => StatusLabels.GetValueOrDefault(status) ?? StatusLabels["all"];

    /// <summary>A signal type's name; a type this version does not know shows as stored.</summary>
    public string SignalLabel(string type) => SignalLabels.GetValueOrDefault(type) ?? type;

    public string SeverityLabel(SignalSeverity severity) => Label(SeverityLabels, severity);

    public string KindLabel(PlacementKind kind) => Label(KindLabels, kind);

    public string DisclosureLabel(Caseload.Disclosure disclosure) => Label(DisclosureLabels, disclosure);

    public string AdjustmentLabel(AdjustmentKind kind) => Label(AdjustmentLabels, kind);

    public string AdjustmentStatusLabel(AdjustmentStatus status) => Label(AdjustmentStatusLabels, status);

    public string StateLabel(InvitationState state) => Label(StateLabels, state);

    public string DimensionLabel(string key) => DimensionLabels.GetValueOrDefault(key) ?? key;

    public string Hours(decimal hours) => string.Format(Culture, HoursFormat, hours);

    // Every language record labels every value (a test checks), so the name is only a last resort for a value added later.
    private static string Label<TValue>(IReadOnlyDictionary<TValue, string> labels, TValue value) where TValue : struct, Enum =>
        labels.GetValueOrDefault(value) ?? value.ToString();

    /// <summary>Nothing was saved, said by the answer's status: someone changed it meanwhile, it is gone, or it failed now.</summary>
    public string FailedStatus(int status) => status switch
    {
        StatusCodes.Status409Conflict => FailedConflict,
        StatusCodes.Status404NotFound => FailedNotFound,
        _ => FailedOther,
    };

    /// <summary>Why nothing was saved, in the reader's words: by the failure's kind and code, never by the API's English.</summary>
    internal string Failed(Failure? failure) =>
        failure is Refused { Code: ErrorCodes.CaseloadNotEmpty } ? FailedCaseloadNotEmpty : FailedStatus(ApiOutcome.Status(failure));

    /// <summary>
    /// A field's error worded for the forms: by its code ("{0}" is the field's name), else by the field, else the API's
    /// English as the last resort, so a new rule is never shown as nothing.
    /// </summary>
    internal string FieldError(string field, ErrorCode? error)
    {
        if (CodeErrors.TryGetValue(error?.Code ?? ErrorCode.General, out var byCode))
            return string.Format(Culture, byCode, FieldName(field));
        return FieldErrors.GetValueOrDefault(field) ?? error?.English ?? FailedStatus(StatusCodes.Status400BadRequest);
    }

    private string FieldName(string field) => field switch
    {
        "endDate" => EndDate,
        "startDate" => StartDate,
        "trialEndDate" => TrialEnd,
        "dischargeDate" => DischargeDate,
        "contractHoursPerWeek" => ContractHours,
        _ => FieldNames.GetValueOrDefault(field) ?? field,
    };
}
