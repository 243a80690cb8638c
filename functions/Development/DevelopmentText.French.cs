using IpsMonitor.Questionnaires;

namespace IpsMonitor.Development;

public sealed partial record DevelopmentText
{
    // "Tu", as the candidate's questionnaire says it; a drop is something to talk about, never a verdict.
    private static DevelopmentText CreateFrench() => new()
    {
        Ui = UiText.French,
        Title = "Mon évolution",
        Intro = "Tu vois ici tes propres réponses aux check-ins, au fil du temps. Tu peux ainsi voir ce qui change et sur quoi "
            + "tu veux travailler.",
        NotShared = "Ton responsable ne voit pas ces réponses. Ton job coach IPS, oui : vous pouvez en parler ensemble.",
        NoCheckIns = "Tu n’as pas encore rempli de check-in. Après ton premier check-in, tu verras tes réponses ici.",
        FirstCheckIn = "C’est ton premier check-in. Après le prochain, tu verras ici ce qui change.",
        LastCheckIns = "Tu vois tes {0} derniers check-ins.",
        SummaryTitle = "En bref",
        ChartOne = "1 check-in, le {0} : {1}.",
        ChartMany = "{0} check-ins. Le premier, le {1} : {2}. Le dernier, le {3} : {4}.",
        ThankYouLink = "Voir ton évolution",
        LinkNotValidTitle = "Ce lien ne fonctionne pas",
        LinkNotValid = "Ce lien ne fonctionne plus. Il a peut-être expiré. Demande un nouveau lien à ton job coach IPS.",
        WorkAbility = new("Capacité de travail",
            "Un chiffre de 0 à 10 : comment le travail se passe pour toi maintenant, par rapport à ta meilleure période.",
            "Ta capacité de travail a augmenté : de {0} à {1}.",
            "Ta capacité de travail est restée à peu près la même : {1} maintenant.",
            "Ta capacité de travail était plus basse la dernière fois : de {0} à {1}. Ça arrive. Ton job coach IPS est là "
                + "pour y réfléchir avec toi."),
        Energy = new("Énergie", "De 1 (presque plus rien) à 5 (encore beaucoup) à la fin de ta journée.",
            "Il te reste plus d’énergie à la fin de ta journée qu’avant.",
            "Ton énergie à la fin de ta journée est restée à peu près la même.",
            "Il te reste moins d’énergie ces derniers temps. N’hésite pas à parler avec ton job coach IPS de ce qui pourrait "
                + "t’aider."),
        Satisfaction = new("Content de ton travail", "De 1 (pas du tout content) à 5 (très content).",
            "Tu es plus content de ton travail qu’avant.",
            "Ta satisfaction au travail est restée à peu près la même.",
            "Tu es moins content de ton travail ces derniers temps. C’est bon à savoir : tu peux en parler avec ton job "
                + "coach IPS."),
        Fit = new("Ton travail te convient-il ?", "De 1 (pas encore) à 5 (tout à fait).",
            "Ton travail te convient mieux qu’avant.",
            "La façon dont ton travail te convient est restée à peu près la même.",
            "Ton travail te convient moins bien ces derniers temps. Avec ton job coach IPS, tu peux chercher ce qui te "
                + "conviendrait mieux."),
        HoursTitle = "Heures par semaine",
        HoursHint = "Les heures que tu as travaillées, et les heures que tu aimerais travailler.",
        HoursWorked = "travaillées",
        HoursWanted = "souhaitées",
        HoursValue = "{0} heures travaillées, {1} heures souhaitées",
        HoursMore = "Tu aimerais travailler plus d’heures ({1} heures) que maintenant ({0} heures). Tu peux y travailler avec "
            + "ton job coach IPS.",
        HoursFewer = "Tu aimerais travailler moins d’heures ({1} heures) que maintenant ({0} heures). C’est bien d’en parler "
            + "aussi.",
        HoursMatch = "Tu travailles à peu près autant d’heures que tu le souhaites.",
        GrowthTitle = "Apprendre et grandir",
        LearnedNew = "Appris quelque chose de nouveau",
        NewTasks = "Reçu de nouvelles tâches",
        HasGoals = "Un objectif pour toi",
        GoalsYes = "Tu as un objectif pour toi. Tu peux y travailler pas à pas.",
        Stop = new("Ce lien est personnel : il est pour toi seul. Ne le transfère pas. Toute personne qui a le lien peut "
                + "voir cette page. Quelqu’un d’autre l’a reçu, ou tu n’en veux plus ? Arrête le lien toi-même.",
            "Arrêter ce lien",
            "Veux-tu arrêter ton lien ?",
            "Ensuite, le lien ne fonctionne plus, ni pour toi ni pour personne d’autre. Tes réponses sont gardées. Ton "
                + "job coach IPS peut te donner un nouveau lien.",
            "Oui, arrêter ce lien",
            "Non, revenir",
            "Ton lien est arrêté",
            "Ce lien ne fonctionne plus, pour personne. Tes réponses sont gardées. Tu veux revoir ton évolution ? "
                + "Demande un nouveau lien à ton job coach IPS."),
        GoalsNo = "Tu veux choisir un objectif sur lequel travailler ? Ton job coach IPS t’aidera volontiers.",
    };
}
