using IpsMonitor.Platform;

namespace IpsMonitor.Fidelity;

public sealed partial record FidelityText
{
    private static FidelityText CreateEnglish() => new()
    {
        Lang = Languages.English,
        Nav = "Fidelity",
        Title = "Fidelity (IPS fidelity scale)",
        Intro = "Every six months two reviewers score the team on the 25 items of the IPS fidelity scale. Record the "
            + "scores here; the IPS-A and IPS-O totals are computed.",
        HistoryTitle = "Earlier reviews",
        NoReviews = "No review has been recorded yet.",
        Date = "Date of the review",
        Reviewers = "Reviewers",
        ReviewersHint = "Names or organisations of the reviewers.",
        IpsATotal = "IPS-A total",
        IpsOTotal = "IPS-O total",
        Level = "Level (IPS-A)",
        Change = "Change since previous",
        NoTotal = "–",
        TrendTitle = "The IPS-A total over time",
        TrendDescription = "The IPS-A total of each review, from 25 to 125. The table holds the same values.",
        ActionPoints = "Action points",
        ActionPointsHint = "What the team will improve in the coming months, with whom and by when.",
        LastActionPoints = "Action points of the last review",
        RecordTitle = "Record a review",
        RecordHint = "Give every item a score from 1 to 5. Items 5 and 9 have a part for work (a, counts for IPS-A) and "
            + "a part for education (b, counts for IPS-O).",
        Score = "Score",
        Note = "Note",
        Previous = "Previous score: {0}",
        EducationHint = "Only for IPS-O or IPS-A+O; leave empty when the team is not reviewed on education.",
        NoScore = "Choose a score",
        Record = "Save the review",
        Saved = "The review has been saved.",
        EvidenceTitle = "Our own figure",
        EvidenceNotAScore = "Computed from the programme's data, as evidence for the reviewers. It is not a score.",
        CaseloadEvidence = "{0} candidates over {1} FTE: {2} per full-time coach (on {3}).",
        CaseloadHow = "Candidates in IPS per coach, divided by the FTE of the coaches whose FTE is known.",
        CaseloadCoach = "{0}: {1} candidates, {2} FTE, {3} norm {4}, score band {5}",
        NoFte = "No coach with a known FTE.",
        CompetitiveEvidence = "{0} of the {1} running placements are competitive: {2} (on {3}).",
        CompetitiveHow = "Placements running on that day; competitive means open to anyone, at least minimum wage and "
            + "not reserved for people with a disability. Work-experience places, trial placements and other "
            + "placements never count as competitive.",
        DoelgroepbaanCounts = "In this programme a doelgroepbaan counts as competitive (setting).",
        DoelgroepbaanDoesNotCount = "In this programme a doelgroepbaan does not count as competitive (setting).",
        NoPlacements = "No placements were running.",
        ErrorsTitle = "The review was not saved",
        DateError = "Enter a date that is not after today.",
        ReviewersError = "Enter the reviewers (no invisible characters, at most 200 characters).",
        ScoreError = "Choose a score from 1 to 5.",
        TextError = "This text is too long or holds characters that are not allowed.",
        Groups = new Dictionary<FidelityGroup, string>
        {
            [FidelityGroup.Staffing] = "Staffing",
            [FidelityGroup.Services] = "Services",
            [FidelityGroup.Organisation] = "Organisation",
        },
        Levels = new Dictionary<FidelityLevel, string>
        {
            [FidelityLevel.Exemplary] = "exemplary (115–125)",
            [FidelityLevel.Good] = "good (100–114)",
            [FidelityLevel.Fair] = "fair (74–99)",
            [FidelityLevel.NotIps] = "not IPS (73 or lower)",
        },
        Items = EnglishItems(),
        Variants = new Dictionary<string, string>
        {
            ["5a"] = "5a. For work: first contact with an employer within 30 days of referral.",
            ["5b"] = "5b. For education: first contact with a school or college within 30 days of referral.",
            ["9a"] = "9a. Types of job: candidates get different types of job.",
            ["9b"] = "9b. Types of education: candidates follow different types of education.",
        },
    };

    private static Dictionary<int, (string, string)> EnglishItems() => new()
    {
        [1] = ("Caseload size", "A full-time IPS coach has at most 20 candidates (IPS-A), 25 (IPS-A+O) or 35 (IPS-O)."),
        [2] = ("Dedicated IPS coaches", "IPS coaches do IPS work only, no other tasks."),
        [3] = ("Generalist role", "The IPS coach does every phase: intake, search, employer contact and support at work."),
        [4] = ("Ongoing work-based assessment", "The candidate's profile grows with experience at work, not with tests first."),
        [5] = ("Rapid search", "The search starts at once, without preparatory steps."),
        [6] = ("Individualised search", "Employers are approached on the candidate's wishes, strengths and experience."),
        [7] = ("Job development: frequency", "Every coach has at least 6 face-to-face employer contacts a week."),
        [8] = ("Job development: quality", "Contacts aim to learn the employer's needs, over several visits."),
        [9] = ("Diversity", "Candidates choose from different types of work or education."),
        [10] = ("Diversity of employers", "Candidates work for different employers."),
        [11] = ("Competitive jobs", "Jobs are open to anyone, pay at least minimum wage and are not reserved for people "
            + "with a disability."),
        [12] = ("Individualised support", "Support after the start fits the job and the candidate, also with the employer."),
        [13] = ("Community-based services", "Coaches work mostly away from the office: at employers, at home, nearby."),
        [14] = ("Contact after a job start or loss", "Face-to-face contact within 3 days of a job start and of a job "
            + "loss; support for as long as needed."),
        [15] = ("Assertive engagement", "After a drop-out the coach actively reaches out, with the treatment team."),
        [16] = ("Advice on work and income", "Candidates get personal advice on work, benefits and allowances."),
        [17] = ("Disclosure", "The coach discusses with the candidate whether and how to disclose their vulnerability."),
        [18] = ("Place in the treatment team", "Coaches belong to one or two treatment teams, which refer at least 90% of "
            + "their candidates."),
        [19] = ("Meetings with the treatment team", "Coaches join the team meeting every week and share information."),
        [20] = ("Work with UWV and the municipality", "At least monthly meetings on shared candidates."),
        [21] = ("IPS unit", "At least two coaches and a supervisor form a team with weekly peer review."),
        [22] = ("Role of the IPS supervisor", "The supervisor manages on outcomes and joins coaches in practice."),
        [23] = ("Zero exclusion", "Everyone who wants to work can take part, without selection beforehand."),
        [24] = ("Focus on competitive work", "The organisation asks about work wishes and shares outcomes with everyone."),
        [25] = ("Executive support", "The executives visibly support IPS, with resources and a yearly evaluation."),
    };
}
