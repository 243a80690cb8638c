namespace IpsMonitor.Workspace;

/// <summary>
/// The job start form read into the API's request: the job, up to <see cref="Rows"/> adjustments and the supervisor part.
/// Fields carry the API's names ("adjustments[1].reviewDate", "supervisor.consent"), so each error points at its field.
/// </summary>
internal static class JobStartFields
{
    /// <summary>Rows on the form; more adjustments are added to the job afterwards, one at a time.</summary>
    public const int Rows = 3;

    private static readonly string[] RowFields = ["kind", "description", "startDate", "reviewDate"];

    public static JobStartRequest Read(FormReader f) =>
        new(f.Text("employer"), f.Text("jobTitle"), f.Text("sector"), f.Date("startDate"), f.Number("contractHoursPerWeek"),
            f.Bool("competitive"), f.Choice<PlacementKind>("kind"), f.Bool("fourPaidHoursConfirmed") == true,
            f.Date("trialEndDate"), f.Text("trialGoals"), Adjustments(f, Rows), Supervisor(f));

    /// <summary>
    /// The rows up to the last one filled in. An empty row before it is sent as it is, so the API's error names that
    /// row: the numbers in the errors are the numbers on the form.
    /// </summary>
    public static IReadOnlyList<AdjustmentInput> Adjustments(FormReader f, int rows)
    {
        var filled = Enumerable.Range(0, rows).Select(i => RowFields.Any(field => f.Raw($"adjustments[{i}].{field}").Length > 0)).ToList();
        var count = filled.LastIndexOf(true) + 1;
        return Enumerable.Range(0, count).Select(i => Row(f, $"adjustments[{i}].")).ToList();
    }

    private static AdjustmentInput Row(FormReader f, string prefix) =>
        new(f.Choice<AdjustmentKind>(prefix + "kind"), f.Text(prefix + "description"), f.Date(prefix + "startDate"),
            f.Date(prefix + "reviewDate"), null);

    /// <summary>Null when the coach left the whole part empty: a job without a known supervisor, as the API allows.</summary>
    private static SupervisorInput? Supervisor(FormReader f)
    {
        var input = new SupervisorInput(f.Bool("supervisor.consent"), f.Text("supervisor.name"), f.Text("supervisor.email"),
            f.Choice<Caseload.Disclosure>("supervisor.disclosure"), f.Text("supervisor.candidateFirstName"));
        return input is { Consent: null, Name: null, Email: null, Disclosure: null, CandidateFirstName: null } ? null : input;
    }
}
