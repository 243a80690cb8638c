using System.Globalization;

namespace IpsMonitor.Questionnaires;

/// <summary>
/// The words around the questions, in every page language: one record per language, its words in UiText.nl.json,
/// UiText.en.json and UiText.fr.json, so a missing translation stops the app at start. Texts that speak to the reader
/// use "je" for candidates and "u" for supervisors, as the definitions do; texts shown before we know who is reading (a
/// broken link) avoid both. French says "tu" where only a candidate reads (thank-you, urgent help, checks), "vous" where
/// a supervisor reads, and neither on pages shown before we know who is reading; its helplines are the Belgian ones a
/// French-speaking candidate would call.
/// </summary>
/// <param name="Colon">What goes between a label and its value: French puts a non-breaking space before the
/// colon.</param>
/// <param name="TryAgainTitle">The one page for storage that did not answer (503, with Retry-After): title, heading and
/// three messages.</param>
/// <param name="TryAgainUnknown">After a post: a write may have happened, so the person is told so, and the same press
/// finds out.</param>
/// <param name="TryAgainLater">After a page was asked for: nothing was sent.</param>
/// <param name="UrgentHelp">The questionnaires are no crisis channel: candidate pages name where urgent help is (coach,
/// GP, 113). One self-contained line.</param>
/// <param name="SuicideLines">The suicide prevention lines for the holes of <see cref="UrgentHelpSuicide"/>, as written
/// (a tel: link each): those of the Netherlands and of Belgium in every language, because a respondent's language does
/// not say where they live.</param>
/// <param name="ReachCoach">For supervisors: how to reach the coach; {0} the coach's name and phone, written with
/// <see cref="UrgentHelpCoachName"/> or <see cref="UrgentHelpCoachPhone"/>.</param>
/// <param name="ReachCoachEmail">For supervisors, where the coach's e-mail address is recorded: {0} the address.</param>
/// <param name="AdjustmentKinds">An adjustment's kind, naming it in a supervisor's question about that adjustment.</param>
public sealed record UiText(
    string Lang, string LanguageName,
    string Colon, string StepOf, string Optional, string Next, string Back, string Submit, string Yes, string No,
    string ErrorSummaryTitle, string ErrorPrefix, string OnStep, string MaxLengthHint, string Progress,
    string ChooseAnswer, string ChooseYesNo, string ChooseOption, string ScaleRange, string FillIn, string NotANumber,
    string NumberRange, string NumberStep, string TooLong, string FormBroken,
    string ThankYouTitle, string ThankYouCandidate, string ThankYouSupervisor, string LinkNotValidTitle,
    string LinkNotValid, string ExpiredTitle, string Expired, string AnsweredTitle, string Answered,
    string ProblemTitle, string ProblemBack, string ProblemNoBack, string LinkRefused, string Unreadable,
    string TooMuchText, string TryAgainTitle, string TryAgainHeading, string TryAgainUnknown, string TryAgainLater,
    string NotSavedRace,
    string UrgentHelp, string CheckTitle, string CheckConfirm, string CheckHoursAboveContract, string CheckManyHours,
    string KeptPrevious, string KeptPreviousValue, string KeptNothing,
    string UrgentHelpTitle, string UrgentHelpCall, string UrgentHelpCoachName, string UrgentHelpCoachPhone,
    string UrgentHelpSuicide,
    IReadOnlyList<string> SuicideLines,
    string AboutTitle, string AboutEmployee, string AboutJob, string AboutStart, string AboutCoach,
    string ReachCoachTitle, string ReachCoach, string ReachCoachEmail,
    IReadOnlyDictionary<Caseload.AdjustmentKind, string> AdjustmentKinds)
    : ITextRecord
{
    /// <summary>Every page language.</summary>
    internal static readonly TextTable<UiText> Table = TextTable<UiText>.Load(Languages.Respondent);

    public static UiText Dutch => Table.For(Languages.Dutch);
    public static UiText English => Table.For(Languages.English);
    public static UiText French => Table.For(Languages.French);

    public static UiText For(string? lang) => Table.For(Languages.Normalize(lang));

    /// <summary>The other page languages, each to offer as a link or button in its own language.</summary>
    public IEnumerable<UiText> Others => Table.All.Where(t => t.Lang != Lang);

    public string Format(string template, params object[] args) =>
        string.Format(CultureInfo.InvariantCulture, template, args.Select(a => a is decimal d ? Number(d) : a).ToArray());

    /// <summary>A date written out in the reader's language: "1 september 2026", "1 September 2026", "1 septembre 2026".</summary>
    public string Date(DateOnly date) => date.ToString("d MMMM yyyy", Languages.Culture(Lang));

    /// <summary>A number as a reader writes it: "32,5" in Dutch and French, "32.5" in English, no trailing zeros.</summary>
    public string Number(decimal value) => value.ToString("0.##########", Languages.Culture(Lang));
}
