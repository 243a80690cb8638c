namespace IpsMonitor.Workspace;

/// <summary>
/// The driegesprek forms on the candidate page: record a talk about the running job, and mark one of its agreements
/// done. Each takes the candidate forms' one path (token, sign-in, admission, every field checked first), so nothing is
/// stored while any field is wrong, and a success redirects to the page.
/// </summary>
internal sealed class DriegesprekForms(CandidateForms forms, StaffGate gate, RecordDriegesprek record, CompleteAgreement complete)
{
    /// <summary>Rows of adjustment decisions read from a form: more than a job can have adjustments is never sent.</summary>
    private const int MaxDecisionRows = AdjustmentValidation.MaxAdjustments;

    [Function("RecordDriegesprekForm")]
    public Task<IResult> Record(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/candidates/{candidateId}/jobs/{jobId}/driegesprekken")] HttpRequest request,
        string candidateId, string jobId, CancellationToken ct) =>
        forms.HandleAsync(request, staff => gate.JobAsync(staff, candidateId, jobId, ct), "driegesprek-record-title", "driegesprek-" + jobId,
            Read, (admission, r) => record.RecordAsync(admission, r, ct), ct, rules: record.Rules);

    [Function("CompleteAgreementForm")]
    public Task<IResult> Complete(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post",
            Route = "staff/candidates/{candidateId}/jobs/{jobId}/agreements/{agreementId}/done")] HttpRequest request,
        string candidateId, string jobId, string agreementId, CancellationToken ct) =>
        forms.HandleAsync(request, staff => gate.JobAsync(staff, candidateId, jobId, ct), "driegesprek-record-title",
            $"agreement-{jobId}-{agreementId}", f => new AgreementDoneRequest(f.Date("doneOn")),
            (admission, r) => complete.CompleteAsync(admission, agreementId, r, ct), ct,
            rules: (admission, r) => complete.Rules(admission, agreementId, r));

    private static DriegesprekRequest Read(FormReader f)
    {
        var agreements = new List<AgreementInput>();
        for (var i = 0; i < DriegesprekRecordViews.AgreementRows; i++)
            agreements.Add(new AgreementInput(f.Text($"agreements[{i}].text"), f.Choice<AgreementOwner>($"agreements[{i}].owner"),
                f.Date($"agreements[{i}].dueDate")));
        var decisions = new List<TalkDecisionInput>();
        // Every row the form sent, by its number: a row without its hidden adjustment id still has its fields checked.
        for (var i = 0; i < MaxDecisionRows; i++)
        {
            var p = $"decisions[{i}].";
            if (f.Raw(p + "adjustmentId").Length == 0 && f.Raw(p + "decision").Length == 0 && f.Raw(p + "effect").Length == 0
                && f.Raw(p + "newReviewDate").Length == 0)
                continue;
            decisions.Add(new TalkDecisionInput(f.Text(p + "adjustmentId"), f.Choice<AdjustmentDecisionKind>(p + "decision"), f.Text(p + "effect"),
                f.Date(p + "newReviewDate")));
        }
        return new DriegesprekRequest(f.Date("talkDate"), Participants(f), agreements, decisions, f.Text("newTasks"), f.Text("tasksTakenAway"),
            f.Number("hoursFrom"), f.Number("hoursTo"), f.Date("hoursBy"), f.Text("developmentGoals"), f.Date("nextDate"));
    }

    /// <summary>The boxes ticked, each one of the offered names; anything else is an error of the group.</summary>
    private static List<TalkParticipant> Participants(FormReader f)
    {
        var chosen = new List<TalkParticipant>();
        foreach (var value in f.All("participants"))
        {
            if (string.IsNullOrWhiteSpace(value))
                continue;
            var name = Enum.GetNames<TalkParticipant>().FirstOrDefault(n => string.Equals(n, value.Trim(), StringComparison.OrdinalIgnoreCase));
            if (name is null)
            {
                f.Also(new Dictionary<string, ErrorCode[]>
                {
                    ["participants"] = [new(ErrorCodes.UnknownChoice, "Expected candidate, supervisor, coach or other.")],
                });
                continue;
            }
            chosen.Add(Enum.Parse<TalkParticipant>(name));
        }
        return chosen;
    }
}
