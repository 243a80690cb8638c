namespace IpsMonitor.Workspace;

/// <summary>
/// The words of the supervisor's latest check-in as the coach reads it on the candidate page and the driegesprek agenda,
/// per staff language. The option words are keyed by the questionnaire's option ids, so a stored answer reads the same
/// whichever version of the questionnaire it was given with.
/// </summary>
/// <param name="Heading">{0} the day the supervisor answered.</param>
/// <param name="HeadingNamed">{0} the day the supervisor answered, {1} the supervisor's name as recorded on the job.</param>
/// <param name="NextSteps">The "next step" options (s_ready_more) by option id.</param>
/// <param name="AdjustmentsFitLabels">The "do the adjustments still fit" options (s_adjustments_fit) by option id.</param>
/// <param name="AdjustmentFit">{0} one adjustment by name; <paramref name="AdjustmentFitLabels"/> the options of the
/// question about it (s_adjustment_fit) by option id; <paramref name="AdjustmentFitShort"/> the same in a word or two, for
/// the one line on paper.</param>
public sealed record SupervisorVoiceText(
    string Lang, string Title, string Heading, string HeadingNamed, string None, string Concerns, string Comment,
    string NoComment, string NextStep, IReadOnlyDictionary<string, string> NextSteps, string AdjustmentsFit,
    IReadOnlyDictionary<string, string> AdjustmentsFitLabels, string AdjustmentFit,
    IReadOnlyDictionary<string, string> AdjustmentFitLabels, IReadOnlyDictionary<string, string> AdjustmentFitShort,
    string NotAnswered)
    : Platform.ITextRecord
{
    public static SupervisorVoiceText For(string? lang) => Table.For(lang);

    internal static readonly Platform.TextTable<SupervisorVoiceText> Table =
        Platform.TextTable<SupervisorVoiceText>.Load(Platform.Languages.Staff);

    public string NextStepLabel(string? id) => id is null ? NotAnswered : NextSteps.GetValueOrDefault(id) ?? id;

    public string AdjustmentsFitLabel(string? id) => id is null ? NotAnswered : AdjustmentsFitLabels.GetValueOrDefault(id) ?? id;

    public string AdjustmentFitLabel(string id) => AdjustmentFitLabels.GetValueOrDefault(id) ?? id;
}
