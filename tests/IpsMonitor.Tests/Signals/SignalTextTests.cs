namespace IpsMonitor.Tests.Signals;

/// <summary>
/// The sentences made from facts, word for word in Dutch and English (the wording the rules wrote before facts were
/// stored), and the facts surviving their JSON column.
/// </summary>
public sealed class SignalTextTests
{
    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    public static TheoryData<string, string, string> Sentences => new()
    {
        {
            "decline",
            "Op 23 juni 2025 was het werkvermogen van de kandidaat 4, tegen gemiddeld 7,2 in de maanden ervoor; "
                + "zo'n daling is meer dan toeval, vraag hoe het gaat.",
            "On 23 June 2025 the candidate's work ability was 4, against an average of 7.2 in the months before; "
                + "a drop this size is more than chance, ask how things are going."
        },
        {
            "stagnation",
            "Sinds 1 maand geen groei in taken of werkvermogen, terwijl de kandidaat meer uitdaging wil, 26 uur per week wil "
                + "werken in plaats van 24, vindt dat het werk weinig past (2 van 5) en nu geen ontwikkeldoelen heeft; "
                + "bespreek samen een volgende stap.",
            "No growth in tasks or work ability for 1 month, while the candidate wants more challenge, would like to work "
                + "26 hours a week instead of 24, feels the work fits them poorly (2 out of 5) and has no development goals "
                + "at the moment; talk about a next step together."
        },
        {
            "hours_gap",
            "Bij de laatste 3 check-ins wilde de kandidaat meer uren werken (nu 32 uur per week gewenst, 24,5 gewerkt) en "
                + "sinds 12 mei 2025 zijn de uren niet omhoog gegaan; bespreek of meer uren mogelijk zijn.",
            "At the last 3 check-ins the candidate wanted to work more hours (now 32 hours a week wanted, 24.5 worked) and "
                + "the hours have not gone up since 12 May 2025; talk about whether more hours are possible."
        },
        {
            "overload",
            "Sinds 3 maart 2025 werkt de kandidaat 24 uur per week in plaats van 16 en vindt het werk nu te veel (werkdruk 4 "
                + "van 5, was 3), terwijl de energie daalde van 4 naar 2 en het werkplezier daalde van 4 naar 3; bespreek "
                + "samen of het tempo en de taken nog passen.",
            "Since 3 March 2025 the candidate has worked 24 hours a week instead of 16 and has found the work too much "
                + "(workload 4 out of 5, was 3), while energy fell from 4 to 2 and job satisfaction fell from 4 to 3; talk "
                + "together about whether the pace and tasks still fit."
        },
        {
            "overload_workload",
            "Sinds 3 maart 2025 vindt de kandidaat het werk nu te veel (werkdruk 4 van 5, was 3), terwijl de energie daalde "
                + "van 4 naar 2; bespreek samen of het tempo en de taken nog passen.",
            "Since 3 March 2025 the candidate has found the work too much (workload 4 out of 5, was 3), while energy fell "
                + "from 4 to 2; talk together about whether the pace and tasks still fit."
        },
        {
            "perspectives_diverge",
            "De kandidaat en de leidinggevende zien de passendheid van het werk verschillend: 4 en 2 van 5 (2 juni 2025 en "
                + "16 juni 2025); een driegesprek helpt om de beelden naast elkaar te leggen.",
            "The candidate and the supervisor see fit of the work differently: 4 and 2 out of 5 (2 June 2025 and "
                + "16 June 2025); a three-way meeting helps to put the views side by side."
        },
        {
            "no_response",
            "De leidinggevende heeft de laatste 3 check-ins niet ingevuld (sinds 31 maart 2025); neem contact op met de "
                + "leidinggevende om te horen hoe het gaat.",
            "The supervisor has not answered the last 3 check-ins (since 31 March 2025); get in touch with the supervisor "
                + "to hear how things are going."
        },
        {
            "timeline_no_job_start",
            "De kandidaat heeft 6 maanden na de aanmelding (6 januari 2025) nog geen baan; kijk samen opnieuw naar de "
                + "zoektocht naar werk.",
            "The candidate has no job 6 months after referral (6 January 2025); look at the job search again together."
        },
        {
            "timeline_no_job_start_after_job",
            "De kandidaat werkt al 1 maand niet, sinds de vorige baan eindigde op 31 augustus 2025; kijk samen opnieuw naar "
                + "de zoektocht naar werk.",
            "The candidate has been without work for 1 month, since the last job ended on 31 August 2025; look at the job "
                + "search again together."
        },
        {
            "timeline_job_ended_contact",
            "De baan van de kandidaat is op 30 juni 2025 geëindigd; neem uiterlijk 3 juli 2025 contact op, zodat de "
                + "kandidaat er niet alleen voor staat.",
            "The candidate's job ended on 30 June 2025; get in touch by 3 July 2025, so the candidate does not face this alone."
        },
        {
            "timeline_no_checkin_since_start",
            "Sinds de start van de baan op 3 februari 2025 (6 weken geleden) is er nog geen check-in ingevuld; vraag of de "
                + "uitnodigingen goed aankomen.",
            "No check-in has been answered since the job started on 3 February 2025 (6 weeks ago); ask whether the "
                + "invitations arrive."
        },
        {
            "timeline_trial_past_end",
            "De proefplaatsing liep tot 1 mei 2025 (12 dagen geleden), maar er is nog geen besluit over het vervolg "
                + "vastgelegd; plan het gesprek over hoe het verder gaat.",
            "The trial placement ran until 1 May 2025 (12 days ago), but no decision about what follows has been recorded; "
                + "plan the talk about what comes next."
        },
        {
            "timeline_adjustment_review_due",
            "De aanpassing extra pauzes had op 1 juni 2025 besproken moeten worden; kijk samen of die nog past, verlengd of "
                + "afgebouwd kan worden.",
            "The adjustment extra breaks was due for review on 1 June 2025; check together whether it still fits, can be "
                + "extended or phased out."
        },
        {
            "stagnation_supervisor_ready",
            "Sinds 5 maanden geen groei in taken of werkvermogen, terwijl de kandidaat meer uitdaging wil; ook de "
                + "leidinggevende ziet ruimte voor meer uren en meer taken (18 augustus 2025), dus bespreek samen een volgende stap.",
            "No growth in tasks or work ability for 5 months, while the candidate wants more challenge; the supervisor also "
                + "sees room for more hours and more tasks (18 August 2025), so talk about a next step together."
        },
        {
            "supervisor_concern",
            "Bij de check-in van 2 juni 2025 gaf de leidinggevende aan zich zorgen te maken en dat te willen bespreken; neem "
                + "contact op met de leidinggevende en lees de toelichting op de kandidaatpagina.",
            "At the check-in of 2 June 2025 the supervisor raised a concern they would like to discuss; get in touch with the "
                + "supervisor and read their comment on the candidate page."
        },
        {
            "supervisor_adjustments_not_fitting",
            "Bij de check-in van 2 juni 2025 gaf de leidinggevende aan dat de afgesproken aanpassingen niet meer passen; "
                + "bespreek ze met de kandidaat en de leidinggevende.",
            "At the check-in of 2 June 2025 the supervisor said the agreed adjustments no longer fit; talk about them with the "
                + "candidate and the supervisor."
        },
        {
            "agreement_overdue",
            "Een afspraak uit het driegesprek had op 2 juni 2025 klaar moeten zijn en is nog niet afgerond; vraag wie het doet hoe "
                + "het ervoor staat, en markeer het als afgerond als het gedaan is.",
            "An agreement from the driegesprek was due on 2 June 2025 and is not marked done; ask whoever does it how it is going, "
                + "and mark it done once it is."
        },
        {
            "agreements_overdue",
            "2 afspraken uit het driegesprek zijn nog niet afgerond, de eerste had op 2 juni 2025 klaar moeten zijn; vraag wie ze "
                + "doen hoe het ervoor staat, en markeer ze als afgerond als ze gedaan zijn.",
            "2 agreements from the driegesprek are not marked done, the first was due on 2 June 2025; ask whoever does them how it "
                + "is going, and mark them done once they are."
        },
        {
            "driegesprek_overdue",
            "Het volgende driegesprek was gepland op 2 juni 2025 (afgesproken in het driegesprek van 3 maart 2025) en is nog niet "
                + "vastgelegd; plan het met de kandidaat en de leidinggevende, of leg het vast als het al was.",
            "The next driegesprek was planned for 2 June 2025 (agreed in the driegesprek of 3 March 2025) and has not been "
                + "recorded; plan it with the candidate and the supervisor, or record it if it took place."
        },
        {
            "supervisor_concern_and_adjustments",
            "Bij de check-in van 2 juni 2025 gaf de leidinggevende aan zich zorgen te maken en dat de afgesproken aanpassingen "
                + "niet meer passen; neem contact op met de leidinggevende en plan zo nodig een driegesprek.",
            "At the check-in of 2 June 2025 the supervisor raised a concern and said the agreed adjustments no longer fit; get "
                + "in touch with the supervisor and plan a three-way meeting if needed."
        },
        {
            "timeline_no_contact",
            "Het laatste vastgelegde contact met de kandidaat was op 12 maart 2025 (6 weken geleden), in het eerste jaar van de "
                + "baan; plan een contact: in dat jaar hoort er minstens elke maand contact te zijn.",
            "The latest logged contact with the candidate was on 12 March 2025 (6 weeks ago), in the first year of the job; plan "
                + "a contact: in that year there should be contact at least every month."
        },
        {
            "timeline_no_contact_since_start",
            "Sinds de start van de baan op 3 februari 2025 (5 weken geleden) is er geen contact met de kandidaat vastgelegd; "
                + "plan een contact: in het eerste jaar van een baan hoort er minstens elke maand contact te zijn.",
            "No contact with the candidate has been logged since the job started on 3 February 2025 (5 weeks ago); plan a "
                + "contact: in the first year of a job there should be contact at least every month."
        },
        {
            "timeline_adjustments_review_due",
            "3 aanpassingen zijn toe aan hun evaluatie (de eerste sinds 1 juni 2025): extra pauzes, minder uren en een "
                + "andere aanpassing; kijk samen of ze nog passen.",
            "3 adjustments are due for review (the first since 1 June 2025): extra breaks, fewer hours and another "
                + "adjustment; check together whether they still fit."
        },
    };

    private static SignalFacts Facts(string name) => name switch
    {
        "decline" => new DeclineFacts(ItemIds.WorkAbility, D("2025-06-23"), 4, 7.25),
        "stagnation" => new StagnationFacts(1, true, 26, 24, 2, true),
        "hours_gap" => new HoursGapFacts(3, 32, 24.5, D("2025-05-12")),
        "overload" => new OverloadFacts(D("2025-03-03"), new Change(16, 24), new Change(3, 4),
            [new ItemChange(ItemIds.Energy, 4, 2), new ItemChange(ItemIds.Satisfaction, 4, 3)]),
        "overload_workload" => new OverloadFacts(D("2025-03-03"), null, new Change(3, 4), [new ItemChange(ItemIds.Energy, 4, 2)]),
        "perspectives_diverge" => new DivergenceFacts(ItemIds.Fit, 4, 2, 5, D("2025-06-02"), D("2025-06-16")),
        "no_response" => new NoResponseFacts(Respondent.Supervisor, 3, D("2025-03-31")),
        "timeline_no_job_start" => new NoJobStartFacts(false, 6, D("2025-01-06")),
        "timeline_no_job_start_after_job" => new NoJobStartFacts(true, 1, D("2025-08-31")),
        "timeline_job_ended_contact" => new JobEndedFacts(D("2025-06-30"), D("2025-07-03")),
        "timeline_no_checkin_since_start" => new NoCheckInSinceStartFacts(D("2025-02-03"), 6),
        "timeline_trial_past_end" => new TrialPastEndFacts(D("2025-05-01"), 12),
        "timeline_adjustment_review_due" => new AdjustmentReviewFacts([AdjustmentKind.ExtraBreaks], D("2025-06-01")),
        "stagnation_supervisor_ready" => new StagnationFacts(5, true, null, null, null, false)
        {
            SupervisorReady = "both", SupervisorReadyOn = D("2025-08-18"),
        },
        "supervisor_concern" => new SupervisorConcernFacts(D("2025-06-02"), true, false),
        "supervisor_adjustments_not_fitting" => new SupervisorConcernFacts(D("2025-06-02"), false, true),
        "supervisor_concern_and_adjustments" => new SupervisorConcernFacts(D("2025-06-02"), true, true),
        "timeline_no_contact" => new NoContactFacts(D("2025-03-12"), 6, true),
        "timeline_no_contact_since_start" => new NoContactFacts(D("2025-02-03"), 5, false),
        "agreement_overdue" => new AgreementOverdueFacts(1, D("2025-06-02")),
        "agreements_overdue" => new AgreementOverdueFacts(2, D("2025-06-02")),
        "driegesprek_overdue" => new DriegesprekOverdueFacts(D("2025-06-02"), D("2025-03-03")),
        "timeline_adjustments_review_due" => new AdjustmentReviewFacts(
            [AdjustmentKind.ExtraBreaks, AdjustmentKind.FewerHours, AdjustmentKind.Other], D("2025-06-01")),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [MemberData(nameof(Sentences))]
    public void FactsBecomeTheSentenceInTheReadersLanguage(string name, string dutch, string english)
    {
        var facts = Facts(name);

        Assert.Equal(dutch, SignalText.For(Languages.Dutch).Sentence(facts));
        Assert.Equal(english, SignalText.For(Languages.English).Sentence(facts));
    }

    [Theory]
    [MemberData(nameof(Sentences))]
    public void FactsSurviveTheirJsonColumnAndSaySoOnceStoredAgain(string name, string dutch, string english)
    {
        var json = Json.Write(Facts(name));
        var read = Json.Read<SignalFacts>(json);

        Assert.Equal(Facts(name).GetType(), read.GetType());
        Assert.Equal(json, Json.Write(read));
        Assert.Equal((dutch, english), (SignalText.Nl.Sentence(read), SignalText.En.Sentence(read)));
        Assert.DoesNotContain(' ', json); // facts, no words: the sentence is made when shown
    }

    [Fact]
    public void EveryRuleFactHasATemplateInEveryStaffLanguageAndTheTableHasEachLanguageOnce()
    {
        Assert.Equal(Languages.Staff, SignalText.Table.All.Select(t => t.Lang));
        foreach (var type in SignalTypes.All)
            Assert.Contains(Sentences, row => Facts((string)row[0]) is var f && type == TypeOf(f));
        foreach (var text in SignalText.Table.All)
            foreach (var kind in Enum.GetValues<AdjustmentKind>().Where(k => k != AdjustmentKind.Other))
                Assert.True(text.Adjustments.ContainsKey(kind), $"{text.Lang} names no {kind}");
    }

    [Fact]
    public void ARecordedSentenceShowsAsWrittenAndALanguageWithoutOneFallsBackToDutch()
    {
        var recorded = new RecordedSentences(new Dictionary<string, string> { ["nl"] = "Oude uitleg.", ["en"] = "Old explanation." });

        Assert.Equal("Oude uitleg.", SignalText.For("nl").Sentence(recorded));
        Assert.Equal("Old explanation.", SignalText.For("en").Sentence(recorded));
        var dutchOnly = new RecordedSentences(new Dictionary<string, string> { ["nl"] = "Oude uitleg." });
        Assert.Equal("Oude uitleg.", SignalText.En.Sentence(dutchOnly));
    }

    private static string TypeOf(SignalFacts facts) =>
        System.Text.Json.JsonDocument.Parse(Json.Write(facts)).RootElement.GetProperty("type").GetString() ?? "";
}
