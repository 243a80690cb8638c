namespace IpsMonitor.Workbooks;

/// <summary>Reads the quarter and variant of a workbook route; a malformed one becomes a problem naming the field.</summary>
internal static class WorkbookRoute
{
    /// <summary>
    /// The door of a quarter's workbook routes: a coordinator of the programme (else the gate's refusal), then a well-formed
    /// quarter (else a problem naming it).
    /// </summary>
    public static async Task<Gated<QuarterAdmission>> QuarterAsync(this StaffGate gate, HttpRequest request, string programmeId,
        string quarter, CancellationToken ct)
    {
        if (!(await gate.ProgrammeAsync(request, programmeId, coordinatorOnly: true, ct)).Passed(out var staff, out var refusal))
            return Gated<QuarterAdmission>.Refuse(refusal);
        return TryQuarter(quarter, out var parsed) is { } malformed
            ? Gated<QuarterAdmission>.Refuse(malformed)
            : Gated<QuarterAdmission>.Pass(new QuarterAdmission(staff, parsed));
    }

    public static IResult? TryQuarter(string text, out Quarter quarter)
    {
        if (Quarter.TryParse(text, out var parsed) && text[5] == 'Q')
        {
            quarter = parsed;
            return null;
        }
        quarter = null!;
        return Invalid("quarter", "A quarter is written like 2026-Q3.");
    }

    public static IResult? TryVariant(string text, out WorkbookVariant variant)
    {
        (var known, variant) = text switch
        {
            "intern" => (true, WorkbookVariant.Intern),
            "extern" => (true, WorkbookVariant.Extern),
            _ => (false, default),
        };
        return known ? null : Invalid("variant", "The variant is intern (for the team) or extern (small counts hidden).");
    }

    public static IResult Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });

    public static IResult NotFound(string title, string detail) =>
        TypedResults.Problem(title: title, detail: detail, statusCode: StatusCodes.Status404NotFound);
}

/// <summary>A coordinator let in to one quarter's workbooks.</summary>
internal sealed record QuarterAdmission(Staff Staff, Quarter Quarter);
