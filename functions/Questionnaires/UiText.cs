using IpsMonitor.Platform;
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
public sealed record UiText : ITextRecord
{
    public required string Lang { get; init; }
    public required string LanguageName { get; init; }

    /// <summary>What goes between a label and its value: French puts a non-breaking space before the colon.</summary>
    public required string Colon { get; init; }
    public required string StepOf { get; init; }
    public required string Optional { get; init; }
    public required string Next { get; init; }
    public required string Back { get; init; }
    public required string Submit { get; init; }
    public required string Yes { get; init; }
    public required string No { get; init; }
    public required string ErrorSummaryTitle { get; init; }
    public required string ErrorPrefix { get; init; }
    public required string OnStep { get; init; }
    public required string MaxLengthHint { get; init; }
    public required string Progress { get; init; }

    public required string ChooseAnswer { get; init; }
    public required string ChooseYesNo { get; init; }
    public required string ChooseOption { get; init; }
    public required string ScaleRange { get; init; }
    public required string FillIn { get; init; }
    public required string NotANumber { get; init; }
    public required string NumberRange { get; init; }
    public required string NumberStep { get; init; }
    public required string TooLong { get; init; }
    public required string FormBroken { get; init; }

    public required string ThankYouTitle { get; init; }
    public required string ThankYouCandidate { get; init; }
    public required string ThankYouSupervisor { get; init; }
    public required string LinkNotValidTitle { get; init; }
    public required string LinkNotValid { get; init; }
    public required string ExpiredTitle { get; init; }
    public required string Expired { get; init; }
    public required string AnsweredTitle { get; init; }
    public required string Answered { get; init; }
    public required string ProblemTitle { get; init; }
    public required string ProblemBack { get; init; }
    public required string ProblemNoBack { get; init; }
    public required string LinkRefused { get; init; }
    public required string Unreadable { get; init; }
    public required string TooMuchText { get; init; }
    /// <summary>The one page for storage that did not answer (503, with Retry-After): title, heading and three messages.</summary>
    public required string TryAgainTitle { get; init; }
    public required string TryAgainHeading { get; init; }
    /// <summary>After a post: a write may have happened, so the person is told so, and the same press finds out.</summary>
    public required string TryAgainUnknown { get; init; }
    /// <summary>After a page was asked for: nothing was sent.</summary>
    public required string TryAgainLater { get; init; }
    public required string NotSavedRace { get; init; }

    /// <summary>The questionnaires are no crisis channel: candidate pages name where urgent help is (coach, GP, 113). One self-contained line.</summary>
    public required string UrgentHelp { get; init; }
    public required string CheckTitle { get; init; }
    public required string CheckConfirm { get; init; }
    public required string CheckHoursAboveContract { get; init; }
    public required string CheckManyHours { get; init; }
    public required string KeptPrevious { get; init; }
    public required string KeptPreviousValue { get; init; }
    public required string KeptNothing { get; init; }

    public required string UrgentHelpTitle { get; init; }
    public required string UrgentHelpCall { get; init; }
    public required string UrgentHelpCoachName { get; init; }
    public required string UrgentHelpCoachPhone { get; init; }
    public required string UrgentHelpSuicide { get; init; }

    /// <summary>
    /// The suicide prevention lines for the holes of <see cref="UrgentHelpSuicide"/>, as written (a tel: link each): those of
    /// the Netherlands and of Belgium in every language, because a respondent's language does not say where they live.
    /// </summary>
    public required IReadOnlyList<string> SuicideLines { get; init; }

    public required string AboutTitle { get; init; }
    public required string AboutEmployee { get; init; }
    public required string AboutJob { get; init; }
    public required string AboutStart { get; init; }
    public required string AboutCoach { get; init; }

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
