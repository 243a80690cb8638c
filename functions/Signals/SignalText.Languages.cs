using IpsMonitor.Caseload;
using IpsMonitor.Platform;
using IpsMonitor.Questionnaires;

namespace IpsMonitor.Signals;

/// <summary>The Dutch and English signal explanations: advice for the coach, never a verdict on the person.</summary>
public sealed partial record SignalText
{
    public static readonly SignalText Nl = new()
    {
        Lang = Languages.Dutch,
        And = " en ",
        OneMonth = "1 maand",
        Months = "{0} maanden",
        Items = new Dictionary<string, string>
        {
            [ItemIds.WorkAbility] = "het werkvermogen",
            [ItemIds.SupervisorWorkAbility] = "het werkvermogen",
            [ItemIds.Satisfaction] = "het werkplezier",
            [ItemIds.Energy] = "de energie",
            [ItemIds.Fit] = "de passendheid van het werk",
            [ItemIds.SupervisorFit] = "de passendheid van het werk",
        },
        Adjustments = new Dictionary<AdjustmentKind, string>
        {
            [AdjustmentKind.FewerHours] = "minder uren",
            [AdjustmentKind.LaterHours] = "latere werktijden",
            [AdjustmentKind.ExtraBreaks] = "extra pauzes",
            [AdjustmentKind.ClearSingleTasks] = "duidelijke losse taken",
            [AdjustmentKind.MoreTimePerTask] = "meer tijd per taak",
            [AdjustmentKind.FixedContactPerson] = "een vaste contactpersoon",
            [AdjustmentKind.QuietWorkplace] = "een rustige werkplek",
            [AdjustmentKind.JobCarving] = "een aangepast takenpakket",
            [AdjustmentKind.StepwiseBuildUp] = "stapsgewijs opbouwen",
        },
        OtherAdjustment = "een andere aanpassing",
        Decline = "Op {0} was {1} van de kandidaat {2}, tegen gemiddeld {3} in de maanden ervoor; "
            + "zo'n daling is meer dan toeval, vraag hoe het gaat.",
        Stagnation = "Sinds {0} geen groei in taken of werkvermogen, terwijl de kandidaat {1}; "
            + "bespreek samen een volgende stap.",
        StagnationWantsChallenge = "meer uitdaging wil",
        StagnationHours = "{0} uur per week wil werken in plaats van {1}",
        StagnationLowFit = "vindt dat het werk weinig past ({0} van 5)",
        StagnationNoGoals = "nu geen ontwikkeldoelen heeft",
        HoursGap = "Bij de laatste {0} check-ins wilde de kandidaat meer uren werken (nu {1} uur per week gewenst, "
            + "{2} gewerkt) en sinds {3} zijn de uren niet omhoog gegaan; bespreek of meer uren mogelijk zijn.",
        Overload = "Sinds {0} {1}, terwijl {2}; bespreek samen of het tempo en de taken nog passen.",
        OverloadHours = "werkt de kandidaat {0} uur per week in plaats van {1}",
        OverloadWorkload = "vindt de kandidaat het werk nu te veel (werkdruk {0} van 5, was {1})",
        OverloadWorkloadToo = "vindt het werk nu te veel (werkdruk {0} van 5, was {1})",
        OverloadFell = "{0} daalde van {1} naar {2}",
        Divergence = "De kandidaat en de leidinggevende zien {0} verschillend: {1} en {2} van {3} ({4} en {5}); "
            + "een driegesprek helpt om de beelden naast elkaar te leggen.",
        NoResponseCandidate = "De kandidaat heeft de laatste {0} check-ins niet ingevuld (sinds {1}); "
            + "neem contact op om te horen hoe het gaat.",
        NoResponseSupervisor = "De leidinggevende heeft de laatste {0} check-ins niet ingevuld (sinds {1}); "
            + "neem contact op met de leidinggevende om te horen hoe het gaat.",
        NoJobStart = "De kandidaat heeft {0} na de aanmelding ({1}) nog geen baan; "
            + "kijk samen opnieuw naar de zoektocht naar werk.",
        NoJobStartAfterJob = "De kandidaat werkt al {0} niet, sinds de vorige baan eindigde op {1}; "
            + "kijk samen opnieuw naar de zoektocht naar werk.",
        JobEndedContact = "De baan van de kandidaat is op {0} geëindigd; neem uiterlijk {1} contact op, "
            + "zodat de kandidaat er niet alleen voor staat.",
        NoCheckInSinceStart = "Sinds de start van de baan op {0} ({1} weken geleden) is er nog geen check-in ingevuld; "
            + "vraag of de uitnodigingen goed aankomen.",
        TrialPastEnd = "De proefplaatsing liep tot {0} ({1} dagen geleden), maar er is nog geen besluit over het vervolg "
            + "vastgelegd; plan het gesprek over hoe het verder gaat.",
        AdjustmentReviewDue = "De aanpassing {0} had op {1} besproken moeten worden; "
            + "kijk samen of die nog past, verlengd of afgebouwd kan worden.",
        AdjustmentsReviewDue = "{0} aanpassingen zijn toe aan hun evaluatie (de eerste sinds {1}): {2}; "
            + "kijk samen of ze nog passen.",
    };

    public static readonly SignalText En = new()
    {
        Lang = Languages.English,
        And = " and ",
        OneMonth = "1 month",
        Months = "{0} months",
        Items = new Dictionary<string, string>
        {
            [ItemIds.WorkAbility] = "work ability",
            [ItemIds.SupervisorWorkAbility] = "work ability",
            [ItemIds.Satisfaction] = "job satisfaction",
            [ItemIds.Energy] = "energy",
            [ItemIds.Fit] = "fit of the work",
            [ItemIds.SupervisorFit] = "fit of the work",
        },
        Adjustments = new Dictionary<AdjustmentKind, string>
        {
            [AdjustmentKind.FewerHours] = "fewer hours",
            [AdjustmentKind.LaterHours] = "later hours",
            [AdjustmentKind.ExtraBreaks] = "extra breaks",
            [AdjustmentKind.ClearSingleTasks] = "clear single tasks",
            [AdjustmentKind.MoreTimePerTask] = "more time per task",
            [AdjustmentKind.FixedContactPerson] = "a fixed contact person",
            [AdjustmentKind.QuietWorkplace] = "a quiet workplace",
            [AdjustmentKind.JobCarving] = "job carving",
            [AdjustmentKind.StepwiseBuildUp] = "a stepwise build-up",
        },
        OtherAdjustment = "another adjustment",
        Decline = "On {0} the candidate's {1} was {2}, against an average of {3} in the months before; "
            + "a drop this size is more than chance, ask how things are going.",
        Stagnation = "No growth in tasks or work ability for {0}, while the candidate {1}; "
            + "talk about a next step together.",
        StagnationWantsChallenge = "wants more challenge",
        StagnationHours = "would like to work {0} hours a week instead of {1}",
        StagnationLowFit = "feels the work fits them poorly ({0} out of 5)",
        StagnationNoGoals = "has no development goals at the moment",
        HoursGap = "At the last {0} check-ins the candidate wanted to work more hours (now {1} hours a week wanted, "
            + "{2} worked) and the hours have not gone up since {3}; talk about whether more hours are possible.",
        Overload = "Since {0} {1}, while {2}; talk together about whether the pace and tasks still fit.",
        OverloadHours = "the candidate has worked {0} hours a week instead of {1}",
        OverloadWorkload = "the candidate has found the work too much (workload {0} out of 5, was {1})",
        OverloadWorkloadToo = "has found the work too much (workload {0} out of 5, was {1})",
        OverloadFell = "{0} fell from {1} to {2}",
        Divergence = "The candidate and the supervisor see {0} differently: {1} and {2} out of {3} ({4} and {5}); "
            + "a three-way meeting helps to put the views side by side.",
        NoResponseCandidate = "The candidate has not answered the last {0} check-ins (since {1}); "
            + "get in touch to hear how things are going.",
        NoResponseSupervisor = "The supervisor has not answered the last {0} check-ins (since {1}); "
            + "get in touch with the supervisor to hear how things are going.",
        NoJobStart = "The candidate has no job {0} after referral ({1}); look at the job search again together.",
        NoJobStartAfterJob = "The candidate has been without work for {0}, since the last job ended on {1}; "
            + "look at the job search again together.",
        JobEndedContact = "The candidate's job ended on {0}; get in touch by {1}, "
            + "so the candidate does not face this alone.",
        NoCheckInSinceStart = "No check-in has been answered since the job started on {0} ({1} weeks ago); "
            + "ask whether the invitations arrive.",
        TrialPastEnd = "The trial placement ran until {0} ({1} days ago), but no decision about what follows has been "
            + "recorded; plan the talk about what comes next.",
        AdjustmentReviewDue = "The adjustment {0} was due for review on {1}; "
            + "check together whether it still fits, can be extended or phased out.",
        AdjustmentsReviewDue = "{0} adjustments are due for review (the first since {1}): {2}; "
            + "check together whether they still fit.",
    };

    /// <summary>Declared after the records it lists: static fields initialise in order.</summary>
    internal static readonly TextTable<SignalText> Table = new(Languages.Staff, Nl, En);
}
