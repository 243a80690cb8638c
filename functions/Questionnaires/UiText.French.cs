using IpsMonitor.Platform;

namespace IpsMonitor.Questionnaires;

public sealed partial record UiText
{
    // "Tu" where only a candidate reads (thank-you, urgent help, checks), "vous" where a supervisor reads, and neither on
    // pages shown before we know who is reading. The helplines are the Belgian ones a French-speaking candidate would call.
    private static UiText CreateFrench() => new()
    {
        Lang = Languages.French,
        Colon = "\u00A0: ",
        LanguageName = "Français",
        StepOf = "Étape {0} sur {1}",
        Optional = "(facultatif)",
        Next = "Suivant",
        Back = "Précédent",
        Submit = "Envoyer",
        Yes = "Oui",
        No = "Non",
        ErrorSummaryTitle = "Merci de vérifier ceci",
        ErrorPrefix = "Erreur :",
        OnStep = "étape {0}",
        MaxLengthHint = "{0} caractères au maximum.",
        Progress = "Progression",
        ChooseAnswer = "Choisissez une réponse.",
        ChooseYesNo = "Choisissez oui ou non.",
        ChooseOption = "Choisissez une des réponses.",
        ScaleRange = "Choisissez un chiffre de {0} à {1}.",
        FillIn = "Merci de compléter ceci.",
        NotANumber = "Indiquez un nombre, par exemple 32 ou 32,5.",
        NumberRange = "Indiquez un nombre de {0} à {1}.",
        NumberStep = "Arrondissez le nombre par pas de {0}.",
        TooLong = "Ce texte est trop long : {0} caractères au maximum, il y en a {1}. Raccourcissez-le un peu.",
        FormBroken = "Quelque chose n’a pas fonctionné avec le formulaire. Ouvrez à nouveau le lien et réessayez.",
        ThankYouTitle = "Merci !",
        ThankYouCandidate = "Tes réponses sont bien arrivées. Ton job coach IPS va les lire et en parlera avec toi lors de "
            + "votre prochain rendez-vous. Tu peux maintenant fermer cette page.",
        ThankYouSupervisor = "Vos réponses sont bien arrivées. Le job coach IPS en tiendra compte lors du prochain entretien "
            + "avec vous et la personne. Vous pouvez maintenant fermer cette page.",
        LinkNotValidTitle = "Ce lien ne fonctionne pas",
        LinkNotValid = "Ce lien ne fonctionne plus, ou il n’a pas été bien copié. Peut-être que le questionnaire n’est plus "
            + "nécessaire. Des questions ? Contactez le job coach IPS.",
        ExpiredTitle = "Ce lien a expiré",
        Expired = "Le délai pour remplir ce questionnaire est passé. Ce n’est pas grave : le prochain check-in arrivera avec "
            + "un nouveau lien. Le job coach IPS doit-il quand même savoir quelque chose ? Prenez alors contact.",
        AnsweredTitle = "Ce questionnaire a déjà été rempli",
        Answered = "Merci, les réponses sont déjà arrivées. Un oubli ou quelque chose à changer ? Contactez le job coach IPS.",
        ProblemTitle = "Quelque chose n’a pas fonctionné",
        ProblemBack = "Retour au questionnaire",
        ProblemNoBack = "Revenez à la page précédente avec le bouton retour du navigateur, ou ouvrez à nouveau le lien.",
        LinkRefused = "Trop de liens qui n’existent pas ont été essayés depuis cet appareil. Attendez un quart d’heure, puis "
            + "ouvrez à nouveau le lien de votre message. Ça ne marche toujours pas ? Demandez un nouveau lien au job coach.",
        Unreadable = "Les réponses n’ont pas pu être lues. Revenez en arrière et réessayez.",
        TooMuchText = "C’était trop de texte en une fois. Raccourcissez un peu vos réponses et réessayez.",
        TryAgainTitle = "Pas pour le moment",
        TryAgainHeading = "Cela n’a pas marché pour le moment",
        TryAgainUnknown = "Un problème est survenu de notre côté. Nous ne savons pas encore si ce qui vient d’être envoyé "
            + "a été enregistré. Réessayez dans un instant : revenez en arrière et appuyez encore une fois sur le même "
            + "bouton, vous verrez alors si cela a marché. Ce qui a été enregistré avant est conservé.",
        TryAgainLater = "Un problème est survenu de notre côté. Réessayez dans un instant.",
        NotSavedRace = "Les réponses de cette page ne sont pas encore enregistrées : le questionnaire était modifié au même "
            + "moment ailleurs. Elles sont toujours ci-dessous ; réessayez.",
        UrgentHelp = "Tu as besoin d’aide en urgence ? Appelle ton job coach IPS ou ton médecin traitant. Tu penses au suicide ? "
            + "Appelle gratuitement le Centre de Prévention du Suicide au 0800 32 123, jour et nuit.",
        CheckTitle = "Est-ce correct ?",
        CheckConfirm = "Oui, c’est correct",
        CheckHoursAboveContract = "Tu as indiqué {0} heures pour la semaine dernière, et ton contrat prévoit {1} heures par "
            + "semaine. Est-ce correct ? Corrige le nombre, ou choisis « Oui, c’est correct ».",
        CheckManyHours = "Tu as indiqué {0} heures pour la semaine dernière. C’est beaucoup. Est-ce correct ? Corrige le "
            + "nombre, ou choisis « Oui, c’est correct ».",
        KeptPrevious = "La réponse à « {0} » (étape {1}) n’était pas valable. La réponse précédente a été gardée.",
        KeptPreviousValue = "La réponse à « {0} » (étape {1}) n’était pas valable. La réponse précédente a été gardée : {2}.",
        KeptNothing = "La réponse à « {0} » (étape {1}) n’était pas valable et n’a pas été gardée.",
        UrgentHelpTitle = "Besoin d’aide rapidement ?",
        UrgentHelpCall = "Tes réponses ne sont pas lues tout de suite. Tu as besoin d’aide rapidement ? Appelle alors ton job "
            + "coach IPS{0} ou ton médecin traitant.",
        UrgentHelpCoachName = " {0}",
        UrgentHelpCoachPhone = " {0} au {1}",
        UrgentHelpSuicide = "Tu penses au suicide ? Appelle gratuitement le Centre de Prévention du Suicide au {0}, jour et nuit.",
        SuicideLines = ["0800 32 123"],
        AboutTitle = "De qui parle ce questionnaire ?",
        AboutEmployee = "Collaborateur",
        AboutJob = "Fonction",
        AboutStart = "Début le",
        AboutCoach = "Job coach IPS",
    };
}
