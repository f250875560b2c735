namespace PolicyGen.Tests.Content;

/// <summary>What a phrase of the print is, when policygen produces it rather than the sources holding it.</summary>
internal enum PhraseKind
{
    /// <summary>A heading or field label: it stands at a line start and is followed by a colon or the line end.</summary>
    Label,

    /// <summary>A threshold label: like <see cref="Label"/>, and the threshold words after it are produced too.</summary>
    ThresholdLabel,

    /// <summary>A worded value (status, « pas d'application »…): followed by punctuation or the line end.</summary>
    Value,
}

/// <summary>
/// The phrases of the extract that the sources do not type because policygen prints them: chapter headings,
/// the field labels of seed-structure.md §4 in both languages and all their spellings, the KPI count sentences,
/// the worded statuses, the threshold words and the annex titles. Heading numbers (<c>IV.1.1. OO 1.1. :</c>)
/// are removed by <see cref="ExtractReader"/> before the words are read.
/// </summary>
/// <remarks>
/// Pattern syntax, one phrase per string, compared word by word after <see cref="WordTokenizer"/>
/// normalisation (so case, apostrophes, hyphens and brackets do not matter): <c>a|b</c> is either word,
/// a trailing <c>?</c> makes a word optional, <c>#</c> is any word that starts with a digit (a count, a year,
/// « 1er ») and <c>*</c> is any word.
/// </remarks>
internal static class LabelPhrases
{
    /// <summary>Chapter headings and the titles of the parts that have no field of their own.</summary>
    public static readonly string[] Headings =
    [
        "hoofdstuk i|ii|iii|iv", "chapitre i|ier|ii|iii|iv",
        "Inleiding", "Introduction",
        "Omgevingsanalyse", "Analyse van de context", "Analyse du contexte",
        "Managementsamenvatting", "Managementsynthese", "Synthèse managériale",
        "Aperçu des objectifs stratégiques", "et opérationnels", "Aperçu des objectifs stratégiques et opérationnels",
        "Overzicht van de strategische en", "operationele doelstellingen", "Overzicht van de strategische en operationele doelstellingen",
        "Liste d'abréviations", "Lijst met afkortingen", "Table des matières", "Inhoudstafel",
        "Annexe # Liste récapitulative de tous les objectifs stratégiques (OS) et objectifs opérationnels (OO)",
        "Bijlage # Samenvattende lijst van alle strategische doelstellingen (SD) en operationele doelstellingen (OD)",
        "Annexe # Agenda de la réglementation", "Bijlage # Agenda van de reglementering", "Bijlage # Regelgevingsagenda",
        "Annexe # État des lieux concernant la suite donnée aux recommandations de la Cour des comptes",
        "Bijlage # Stand van zaken betreffende het gevolg dat werd gegeven aan de aanbevelingen van het Rekenhof",
    ];

    /// <summary>Field labels of strategic objectives (seed-structure.md §4a).</summary>
    public static readonly string[] StrategicObjectiveLabels =
    [
        "Description de l'objectif",
        "Description de l'objectif - Description du résultat souhaité de l'OS",
        "Beschrijving van de doelstelling", "Omschrijving van de doelstelling",
        "Beschrijving van de doelstelling - Beschrijving van het gewenste resultaat van de SD",
        "Résultat réalisé de l'OS en date du * * *",
        "Behaalde resultaat van de SD op * * *", "Omschrijving van het gerealiseerde resultaat van de SD op * * *",
        "Documents sources de l'OS", "Brondocument van de SD", "Brondocumenten van de SD",
        "Échéance de l'OS", "Deadline voor de SD", "Deadline van de SD",
        "Conditions de réussite|réussites", "Slaagvoorwaarden", "Voorwaarden voor welslagen",
        "Moyens", "Middelen",
        "Nombre estimé ETP", "Nombre estimé d'ETP",
        "Geraamd|Geschat|Geschatte aantal VTE|VTE's",
        "Besoins ICT", "ICT-behoeften",
        "Budget", "Begroting",
        "Partenaires", "Partners",
    ];

    /// <summary>Field labels of operational objectives and actions (seed-structure.md §4b), KPI count sentences included.</summary>
    public static readonly string[] OperationalObjectiveLabels =
    [
        // KPI blocks: « – 3 indicateurs clés de performance (ICP) pour l'output de l'OO : », all spellings.
        "#? indicateur|indicateurs clé|clés|cle|cles? de performance n|nr? #? ICP? pour|de l'output de l'OO",
        "Indicateurs|Indicateur de performance", "Indicateurs|Indicateur clés|clé? de performance (ICP)",
        "Indicateurs|Indicateur clés|clé? de performance (ICP) par action et projet",
        "#? kritieke? prestatie-indicator|prestatie-indicatoren|prestatieindicator|prestatieindicatoren nr|n? #? (KPI|KPI's)? voor|van de output van de OD",
        "Prestatie-indicatoren|Prestatie-indicator", "kritieke? prestatie-indicatoren|prestatie-indicator (KPI|KPI's)",
        "kritieke? prestatie-indicatoren|prestatie-indicator (KPI|KPI's)? per actie en project",

        // Thresholds are in ThresholdLabels; deadlines:
        "Échéance|Échéances de l'OO", "Échéance", "Échéance par action et projet",
        "Deadline|Deadlines van|voor de OD", "Deadline", "Deadline per actie en project",

        // Realisations and planning.
        "Réalisations #", "Verwezenlijkingen #", "Realisaties #", "Planning #", "Planning # #",
        "Statut de l'OO", "Statut de l'O.O", "Statut", "Status van de OD", "Status",
        "Description de la réalisation de l'objectif", "Omschrijving van de realisatie van de doelstelling",
        "Réalisation", "Verwezenlijking", "Realisatie",
        "Output réalisé de l'OO", "Gerealiseerde output van de OD",
        "Description des actions et projets réalisés", "Description d'actions et de projets réalisés",
        "Omschrijving gerealiseerde acties en projecten", "Omschrijving van acties en projecten",
        "Description des actions et projets", "Omschrijving van de acties en projecten",
        "Output souhaité de l'OO", "Output souhaité", "Gewenste output van de OD", "Gewenste output",
        "Output souhaité par action et projet", "Gewenste output per actie en project", "Gewenste resultaten per actie en project",
        "Output réalisé par action et projet", "Gerealiseerde output per actie en project",
        "Description de l'objectif", "Beschrijving van de doelstelling", "Omschrijving van de doelstelling",
        "Estimations budgétaires", "Budgetramingen", "Begrotingsraming", "Budgetraming",
        "Impact égalité des chances", "Impact gelijke kansen", "Impact op gelijke kansen", "Impact positif", "Positieve impact",
        "Au niveau des pouvoirs locaux", "Prévisions #",
        "Op het vlak van de plaatselijke overheden", "Op het niveau van de lokale besturen", "Vooruitzichten #",
    ];

    /// <summary>Threshold labels: the threshold words that follow them are produced too.</summary>
    public static readonly string[] ThresholdLabels =
    [
        "Valeurs seuils de l'OO", "Valeurs seuils", "Valeurs seuils de l'OO (vert, orange ou rouge)",
        "Valeurs seuils par action et projet (vert, orange ou rouge)",
        "Drempelwaarden van|voor? de? OD", "Drempelwaarden", "Drempelwaarden van de OD (groen, oranje of rood)",
        "Drempelwaarden per actie en project (groen, oranje of rood)",
    ];

    /// <summary>The fields of an annex 2 entry (the regulatory agenda).</summary>
    public static readonly string[] AnnexLabels =
    [
        "Contenu (titre, brève description, occasion et objectif)",
        "Inhoud (titel, korte omschrijving, aanleiding|gelegenheid en doelstelling)",
        "Objectif stratégique", "Strategische doelstelling",
        "Objectif(s) opérationnel(s)", "Operationele doelstelling(en)",
        "Situation actuelle et la planification future", "Stand van zaken en verdere planning",
    ];

    /// <summary>Worded values: statuses (seed-structure.md §5), « no budget impact », « not applicable ».</summary>
    public static readonly string[] WordedValues =
    [
        "Selon le planning", "Selon planning", "Selon le timing", "En cours selon le planning",
        "Op schema", "Volgens planning", "Volgens de planning",
        "Réalisé", "Gerealiseerd", "Pas encore démarré", "Nog niet gestart", "Nog niet opgestart",
        "Petit écart", "Kleine afwijking", "Lichte achterstand", "A|À corriger", "Te corrigeren", "Uitgesteld",
        "Pas d'impact budgétaire pour cet OO en #", "Geen gevolgen voor de begroting voor deze OD in #",
        "Pas d'application", "Niet van toepassing",
    ];

    /// <summary>Words produced after a threshold label: « OK (vert) / NOK (rouge) », « 4 (groen), 2 (rood) »…
    /// The numbers stay: the sources type them.</summary>
    public static readonly string[] ThresholdWords =
    [
        "ok", "nok", "vert", "rouge", "orange", "groen", "rood", "oranje", "effectué", "voltooid",
    ];

    /// <summary>Two-word threshold wordings: « NOK (pas effectué) », « NOK (niet voltooid) ».</summary>
    public static readonly string[] ThresholdNegations = ["pas", "non", "niet"];

    /// <summary>All phrases with their kinds.</summary>
    public static IEnumerable<(string Pattern, PhraseKind Kind)> All() =>
        Headings.Concat(StrategicObjectiveLabels).Concat(OperationalObjectiveLabels).Concat(AnnexLabels)
            .Select(p => (p, PhraseKind.Label))
            .Concat(ThresholdLabels.Select(p => (p, PhraseKind.ThresholdLabel)))
            .Concat(WordedValues.Select(p => (p, PhraseKind.Value)));
}
