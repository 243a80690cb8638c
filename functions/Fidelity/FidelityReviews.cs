namespace IpsMonitor.Fidelity;

/// <summary>
/// Records a fidelity review for the coordinator's programme. The whole review is checked before anything is stored:
/// a date no later than today, who reviewed, a score of 1–5 for every item (the education variants 5b and 9b both or
/// neither), and notes in the text rule. The totals follow from the scores.
/// </summary>
internal sealed class FidelityReviews(FidelityStore store, AuditLog audit, TimeProvider time)
{
    public const int MaxReviewers = 200;
    public const int MaxNote = 1000;
    public const int MaxActionPoints = 4000;

    /// <summary>The API's earliest date: a review dated before it is a typing error, not history.</summary>
    public static readonly DateOnly EarliestDate = new(2000, 1, 1);

    public async Task<Outcome<FidelityReview>> RecordAsync(Staff staff, FidelityReviewRequest request, CancellationToken ct)
    {
        var errors = Check(request, ProgrammeTime.Today(time));
        if (errors.Count > 0 || request.Date is not { } date || request.Reviewers is not { } reviewers)
            return new Invalid(errors);
        var scores = new Dictionary<string, FidelityScore>(StringComparer.Ordinal);
        foreach (var code in FidelityScale.Codes)
            if (request.Scores.GetValueOrDefault(code) is { } score)
                scores[code] = new FidelityScore(score, Trimmed(request.Notes.GetValueOrDefault(code)));
        var now = time.GetUtcNow();
        var review = new FidelityReview(FidelityStore.Key(date, now), staff.ProgrammeId, date, reviewers.Trim(), scores,
            Trimmed(request.ActionPoints), now, AuditLog.Actor(staff));
        await store.AddAsync(review, ct);
        await audit.RecordAsync(staff, $"record fidelity review {date:yyyy-MM-dd}", null, ct);
        return Outcome.Created(null, review);
    }

    /// <summary>Field → errors, named as the form names its fields ("score-5a", "note-11").</summary>
    public static Dictionary<string, ErrorCode[]> Check(FidelityReviewRequest r, DateOnly today)
    {
        var errors = new Dictionary<string, ErrorCode[]>(StringComparer.Ordinal);
        if (r.Date is not { } date)
            errors["date"] = ["A review date is required."];
        else if (date > today || date < EarliestDate)
            errors["date"] = ["A review date lies between 2000-01-01 and today."];
        if (string.IsNullOrWhiteSpace(r.Reviewers))
            errors["reviewers"] = ["Name who reviewed."];
        else
            CheckText(errors, "reviewers", r.Reviewers, MaxReviewers, multiLine: false);
        var education = FidelityScale.EducationOnly.Count(c => r.Scores.GetValueOrDefault(c) is not null);
        foreach (var code in FidelityScale.Codes)
        {
            var educationOnly = FidelityScale.EducationOnly.Contains(code);
            var noted = !string.IsNullOrWhiteSpace(r.Notes.GetValueOrDefault(code));
            if (r.Scores.GetValueOrDefault(code) is not { } score)
            {
                // The education parts come as a pair, and a note never stands without its score (it would be lost).
                if (educationOnly && education > 0)
                    errors["score-" + code] = [new ErrorCode(ErrorCodes.EducationPair, "Score 5b and 9b both, or neither.")];
                else if (!educationOnly || noted)
                    errors["score-" + code] = ["A score of 1 to 5 is required."];
            }
            else if (score is < FidelityScale.MinScore or > FidelityScale.MaxScore)
            {
                errors["score-" + code] = ["A score is 1 to 5."];
            }
            if (r.Notes.GetValueOrDefault(code) is { } note)
                CheckText(errors, "note-" + code, note, MaxNote, multiLine: true);
        }
        if (r.ActionPoints is { } actions)
            CheckText(errors, "actionPoints", actions, MaxActionPoints, multiLine: true);
        return errors;
    }

    private static void CheckText(Dictionary<string, ErrorCode[]> errors, string field, string text, int max, bool multiLine)
    {
        if (text.Length > max)
            errors[field] = [$"At most {max} characters."];
        else if (TextRule.Error(text, multiLine) is { } error)
            errors[field] = [error];
    }

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
