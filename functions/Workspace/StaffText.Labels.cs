using System.Globalization;
using IpsMonitor.Signals;

namespace IpsMonitor.Workspace;

/// <summary>Labels for stored values and the Dutch wording of the API's validation, by field.</summary>
public sealed partial record StaffText
{
    /// <summary>The caseload's status filter: the candidates still in IPS, one status, or everyone.</summary>
    public static readonly IReadOnlyList<string> Statuses = ["active", CandidateDtos.Looking, CandidateDtos.Working, CandidateDtos.Discharged, "all"];

    public static StaffText For(string lang) => Table.For(lang);

    internal static readonly TextTable<StaffText> Table = TextTable<StaffText>.Load(Languages.Staff);

    public static StaffText Nl => Table.For(Languages.Dutch);
    public static StaffText En => Table.For(Languages.English);

    /// <summary>The other staff languages, with their own names, for the language switch.</summary>
    internal IEnumerable<StaffText> Others => Table.All.Where(o => o.Lang != Lang);

    /// <summary>A number of hours per week, such as "7,5 uur".</summary>
    public required string HoursFormat { get; init; }
    public required IReadOnlyDictionary<string, string> StatusLabels { get; init; }

    /// <summary>What a form could not save, in this language.</summary>
    public required StaffFormErrors FormErrors { get; init; }
    public required IReadOnlyDictionary<string, string> SignalLabels { get; init; }
    public required IReadOnlyDictionary<SignalSeverity, string> SeverityLabels { get; init; }
    public required IReadOnlyDictionary<PlacementKind, string> KindLabels { get; init; }

    /// <summary>The sector catalogue's names by code, in this language (the catalogue itself is Dutch, as the workbooks are).</summary>
    public required IReadOnlyDictionary<string, string> SectorLabels { get; init; }
    public required IReadOnlyDictionary<Caseload.Disclosure, string> DisclosureLabels { get; init; }
    public required IReadOnlyDictionary<AdjustmentKind, string> AdjustmentLabels { get; init; }
    public required IReadOnlyDictionary<AdjustmentStatus, string> AdjustmentStatusLabels { get; init; }
    public required string EndedWithJob { get; init; }
    public required IReadOnlyDictionary<InvitationState, string> StateLabels { get; init; }

    /// <summary>The driegesprek dimensions by key, with their scale.</summary>
    public required IReadOnlyDictionary<string, string> DimensionLabels { get; init; }

    /// <summary>A status of the filter or of a candidate; anything else is the filter's "everyone".</summary>
    public string StatusLabel(string status) => StatusLabels.GetValueOrDefault(status) ?? StatusLabels["all"];

    /// <summary>A signal type's name; a type this version does not know shows as stored.</summary>
    public string SignalLabel(string type) => SignalLabels.GetValueOrDefault(type) ?? type;

    public string SeverityLabel(SignalSeverity severity) => Label(SeverityLabels, severity);

    public string KindLabel(PlacementKind kind) => Label(KindLabels, kind);

    /// <summary>A sector as the form lists it: the code with its name ("G Wholesale …"), or only the name of "anders".</summary>
    public string SectorLabel(Sector sector) =>
        (SectorLabels.GetValueOrDefault(sector.Code) is { } name ? sector with { Name = name } : sector).Label;

    public string DisclosureLabel(Caseload.Disclosure disclosure) => Label(DisclosureLabels, disclosure);

    public string AdjustmentLabel(AdjustmentKind kind) => Label(AdjustmentLabels, kind);

    /// <summary>An adjustment by its kind and the coach's description: "Extra pauzes: om 11 en om 15 uur".</summary>
    public string AdjustmentName(Adjustment a) => AdjustmentLabel(a.Kind) + (a.Description is null ? "" : ": " + a.Description);

    public string AdjustmentStatusLabel(AdjustmentStatus status) => Label(AdjustmentStatusLabels, status);

    public string StateLabel(InvitationState state) => Label(StateLabels, state);

    public string DimensionLabel(string key) => DimensionLabels.GetValueOrDefault(key) ?? key;

    public string Hours(decimal hours) => string.Format(Culture, HoursFormat, hours);

    /// <summary>A number as the reader writes it, one decimal at most: "1,5" on a Dutch page. Every chart label uses it.</summary>
    public string Number(double value) => value.ToString("0.#", Culture);

    // Every language record labels every value (a test checks), so the name is only a last resort for a value added later.
    private static string Label<TValue>(IReadOnlyDictionary<TValue, string> labels, TValue value) where TValue : struct, Enum =>
        labels.GetValueOrDefault(value) ?? value.ToString();

    /// <summary>Nothing was saved, said by the answer's status: someone changed it meanwhile, it is gone, or it failed now.</summary>
    public string FailedStatus(int status) => status switch
    {
        StatusCodes.Status409Conflict => FormErrors.Conflict,
        StatusCodes.Status404NotFound => FormErrors.NotFound,
        _ => FormErrors.Other,
    };

    /// <summary>Why nothing was saved, in the reader's words: by the failure's kind and code, never by the API's English.</summary>
    internal string Failed(Failure? failure) =>
        failure is Refused { Code: ErrorCodes.CaseloadNotEmpty } ? FormErrors.CaseloadNotEmpty
        : failure is Refused { Code: var code } && FormErrors.ByCode.TryGetValue(code, out var words) && !words.Contains("{0}") ? words
        : FailedStatus(ApiOutcome.Status(failure));

    /// <summary>
    /// A field's error worded for the forms: by its code ("{0}" is the field's name), else by the field, else the API's
    /// English as the last resort, so a new rule is never shown as nothing.
    /// </summary>
    internal string FieldError(string field, ErrorCode? error, string? formId = null, bool sentEmpty = false)
    {
        // A choice left empty asks to choose, in the form's own words; no list field has them.
        if (sentEmpty && formId is not null && error?.Code is null or ErrorCode.General
            && FormErrors.ByFormField.TryGetValue(formId.Split('-')[0] + "." + field, out var byForm))
            return byForm;
        // A list's fields share their words: "adjustments[2].kind" reads as "adjustments[].kind", numbered as on the form
        // ("Aanpassing 3: …"), so two rows with an error never read the same.
        var row = ListIndex().Match(field) is { Success: true } index
            ? (int.Parse(index.Value[1..^1], CultureInfo.InvariantCulture) + 1).ToString(Culture) : null;
        field = ListIndex().Replace(field, "[]");
        string Numbered(string words) =>
            row is null ? words.Replace(" {row}", "", StringComparison.Ordinal) : words.Replace("{row}", row, StringComparison.Ordinal);
        // A number that does not read gets the field's own rule, which says the range ("Fte: tussen 0 en 1,5").
        if (error?.Code == ErrorCodes.NumberFormat && FormErrors.ByField.TryGetValue(field, out var range))
            return Numbered(range);
        if (FormErrors.ByCode.TryGetValue(error?.Code ?? ErrorCode.General, out var byCode))
            return string.Format(Culture, byCode, row is null ? FieldName(field) : FieldName(field) + " " + row);
        return FormErrors.ByField.GetValueOrDefault(field) is { } byField ? Numbered(byField)
            : error?.English ?? FailedStatus(StatusCodes.Status400BadRequest);
    }

    /// <summary>
    /// A form's errors in words, one line per problem: a rule that two fields break together (consent without openheid)
    /// is said once, under the first of its fields; both stay marked. Rows of a list keep a line each, as each links to its row.
    /// </summary>
    internal IReadOnlyList<FieldErrorView> FieldErrors(
        IReadOnlyDictionary<string, ErrorCode[]> errors, string? formId = null, IFormCollection? sent = null) =>
        errors.Select(e => new FieldErrorView(e.Key, FieldError(e.Key, e.Value.FirstOrDefault(), formId, SentEmpty(sent, e.Key))))
            .DistinctBy(e => (e.Message, Row: ListIndex().IsMatch(e.Field) ? e.Field : "")).ToList();

    /// <summary>Each refused field with its own message, shown right above it: a rule two fields break is said at both.</summary>
    internal IReadOnlyDictionary<string, string> FieldMessages(IReadOnlyDictionary<string, ErrorCode[]> errors, string formId, IFormCollection sent) =>
        errors.ToDictionary(e => e.Key, e => FieldError(e.Key, e.Value.FirstOrDefault(), formId, SentEmpty(sent, e.Key)), StringComparer.Ordinal);

    private static bool SentEmpty(IFormCollection? sent, string field) => sent is not null && string.IsNullOrWhiteSpace(sent[field]);

    [System.Text.RegularExpressions.GeneratedRegex(@"\[\d+\]")]
    private static partial System.Text.RegularExpressions.Regex ListIndex();

    private string FieldName(string field) => field switch
    {
        "endDate" => EndDate,
        "startDate" => StartDate,
        "trialEndDate" => TrialEnd,
        "dischargeDate" => DischargeDate,
        "contractHoursPerWeek" => ContractHours,
        _ => FormErrors.FieldNames.GetValueOrDefault(field) ?? field,
    };
}
