namespace IpsMonitor.Caseload;

/// <summary>Why a job (plaatsing) ended: a small catalogue, so the workbook can count endings by reason.</summary>
public enum JobEndReason
{
    ContractEnded,
    Resigned,
    Dismissed,
    OtherJob,
    Health,
    Education,
    Other,
}

/// <summary>Why a trajectory ended (uitstroom): a small catalogue, so the workbook can count discharges by reason.</summary>
public enum DischargeReason
{
    GoalReached,
    Education,
    OwnChoice,
    NoContact,
    Moved,
    Health,
    OtherSupport,
    Other,
}

/// <summary>A reason from a catalogue with an optional note (for "other", what it was).</summary>
public sealed record Reason<TCode>(TCode Code, string? Note) where TCode : struct, Enum;

/// <summary>
/// Reasons as stored: the catalogue name in the reason column, the note beside it. Rows from before the catalogues hold
/// free text there; they read as "other" with that text as the note, so nothing recorded is lost or guessed at.
/// </summary>
internal static class Reasons
{
    public const int MaxNote = 200;

    public static Reason<TCode>? Read<TCode>(string? stored, string? note) where TCode : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(stored))
            return null;
        // Exactly a name, as written: "1" or "other, health" from a hand-edited row is free text, not a code.
        return Enum.GetNames<TCode>().Contains(stored, StringComparer.Ordinal)
            ? new Reason<TCode>(Enum.Parse<TCode>(stored), note)
            : new Reason<TCode>(Other<TCode>(), stored);
    }

    /// <summary>The code as stored, the name of the enum value.</summary>
    public static string Store<TCode>(TCode code) where TCode : struct, Enum => code.ToString();

    private static TCode Other<TCode>() where TCode : struct, Enum => Enum.Parse<TCode>("Other");

    /// <summary>The checks of a reason with its note, the same for the job end and the discharge.</summary>
    public static void Validate<TCode>(Dictionary<string, ErrorCode[]> errors, TCode? reason, string? note) where TCode : struct, Enum
    {
        if (reason is null)
            errors["reason"] = [$"Choose the reason: one of {string.Join(", ", StrictEnumConverter.Names(typeof(TCode)))}."];
        if (!Validation.IsShortText(note, MaxNote))
            errors["reasonNote"] = [$"At most {MaxNote} characters, on one line."];
    }

    public static string? Note(string? note) => string.IsNullOrWhiteSpace(note) ? null : note.Trim();
}
