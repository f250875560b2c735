namespace PolicyGen.Templating;

/// <summary>
/// The default wording of every label, taken from the reference notes (note 2, the most regular, where the
/// notes differ). A note rewords a label in its <c>labels</c> section; see the template README.
/// </summary>
public static class DefaultLabels
{
    public static IReadOnlyList<LabelEntry> All { get; } =
    [
        // Front matter and chapters
        new("kind_note", "NOTE D’ORIENTATION", "BELEIDSNOTA"),
        new("kind_letter", "LETTRE D’ORIENTATION", "BELEIDSBRIEF"),
        new("contents", "Table des matières", "Inhoudstafel"),
        new("abbreviations", "LISTE D’ABRÉVIATIONS", "LIJST MET AFKORTINGEN"),
        new("chapter", "CHAPITRE {0}", "HOOFDSTUK {0}"),
        new("chapter_1", "Introduction", "Inleiding"),
        new("chapter_2", "Analyse du contexte", "Omgevingsanalyse"),
        new("chapter_3", "Synthèse managériale", "Managementsamenvatting"),
        new("chapter_4", "Aperçu des objectifs stratégiques et opérationnels", "Overzicht van de strategische en operationele doelstellingen"),

        // Strategic objectives
        new("os_description", "Description de l’objectif", "Omschrijving van de doelstelling"),
        new("os_result", "Résultat réalisé de l’OS en date du {0}", "Omschrijving van het gerealiseerde resultaat van de SD op {0}"),
        new("os_source_documents", "Documents sources de l’OS", "Brondocumenten van de SD", "Document source de l’OS", "Brondocument van de SD"),
        new("os_deadline", "Échéance de l’OS", "Deadline van de SD"),
        new("transversal", "OO transversal", "Transversale OD"),

        // Operational objectives
        new("oo_description", "Description de l’objectif", "Beschrijving van de doelstelling"),
        new("oo_indicators", "{0} indicateurs clés de performance (ICP) pour l’output de l’OO", "{0} kritieke prestatie-indicatoren (KPI) voor de output van de OD",
            "{0} indicateur clé de performance (ICP) pour l’output de l’OO", "{0} kritieke prestatie-indicator (KPI) voor de output van de OD"),
        new("oo_thresholds", "Valeurs seuils de l’OO", "Drempelwaarden van de OD"),
        new("oo_deadline", "Échéance de l’OO", "Deadline van de OD"),
        new("see_also", "Voir", "Zie"),
        new("delegation", "Cet objectif opérationnel relève du {0}.", "Deze operationele doelstelling valt onder de bevoegdheid van de {0}."),
        new("delegation_partial", "Une partie de cet objectif opérationnel relève du {0}.", "Een deel van deze operationele doelstelling valt onder de bevoegdheid van de {0}."),
        new("delegation_see", "Voir {0}", "Zie {0}"),

        // Realisations
        new("realisations", "Réalisations {0}", "Realisaties {0}"),
        new("oo_status", "Statut de l’OO", "Status van de OD"),
        new("realisation_description", "Description de la réalisation de l’objectif", "Omschrijving van de realisatie van de doelstelling"),
        new("realised_output", "Output réalisé de l’OO", "Gerealiseerde output van de OD"),
        new("realised_actions", "Description des actions et projets réalisés", "Omschrijving gerealiseerde acties en projecten"),
        new("realised_action_output", "Output réalisé par action et projet", "Gerealiseerde output per actie en project"),
        new("realisations_budget", "Budget", "Budget"),
        new("local_level", "Au niveau des pouvoirs locaux", "Op het vlak van de plaatselijke overheden"),
        new("local_forecast", "Prévisions {0}", "Vooruitzichten {0}"),

        // Planning
        new("planning", "Planning {0}", "Planning {0}"),
        new("planning_description", "Description de l’objectif", "Omschrijving van de doelstelling"),
        new("planning_output", "Output souhaité de l’OO", "Gewenste output van de OD"),
        new("planned_actions", "Description des actions et projets", "Omschrijving van de acties en projecten"),
        new("action_output", "Output souhaité par action et projet", "Gewenste output per actie en project"),
        new("action_indicators", "Indicateurs clés de performance (ICP)", "Kritieke prestatie-indicatoren (KPI)",
            "Indicateur clé de performance (ICP)", "Kritieke prestatie-indicator (KPI)"),
        new("action_thresholds", "Valeurs seuils", "Drempelwaarden"),
        new("action_deadline", "Échéance", "Deadline"),
        new("action_status", "Statut", "Status"),
        new("year", "Année", "Jaar"),

        // Fields shared by objectives
        new("success_conditions", "Conditions de réussite", "Slaagvoorwaarden"),
        new("means", "Moyens", "Middelen"),
        new("fte", "Nombre estimé ETP", "Geraamd aantal VTE"),
        new("ict", "Besoins ICT", "ICT-behoeften"),
        new("budget", "Budget", "Budget"),
        new("budget_none", "Pas d’impact budgétaire.", "Geen gevolgen voor de begroting."),
        new("allocation", "AB", "BA"),
        new("budget_estimates", "Estimations budgétaires", "Budgetramingen"),
        new("partners", "Partenaires", "Partners"),
        new("equality_impact", "Impact égalité des chances", "Impact gelijke kansen"),
        new("equality_positive", "Impact positif", "Positieve impact"),

        // Annexes
        new("annex_1", "Annexe 1 : Liste récapitulative de tous les objectifs stratégiques (OS) et objectifs opérationnels (OO)",
            "Bijlage 1 : Samenvattende lijst van alle strategische doelstellingen (SD) en operationele doelstellingen (OD)"),
        new("annex_2", "Annexe 2 : Agenda de la réglementation", "Bijlage 2 : Regelgevingsagenda"),
        new("annex_3", "Annexe 3 : État des lieux concernant la suite donnée aux recommandations de la Cour des comptes",
            "Bijlage 3 : Stand van zaken betreffende het gevolg dat werd gegeven aan de aanbevelingen van het Rekenhof"),
        new("regulatory_content", "Contenu (titre, brève description, occasion et objectif)", "Inhoud (titel, korte omschrijving, aanleiding en doelstelling)"),
        new("regulatory_strategic_objective", "Objectif stratégique", "Strategische doelstelling"),
        new("regulatory_operational_objectives", "Objectif(s) opérationnel(s)", "Operationele doelstelling(en)"),
        new("regulatory_situation", "Situation actuelle", "Stand van zaken"),
        new("regulatory_planning", "Planification future", "Verdere planning"),
        new("audit_not_applicable", "Pas d’application.", "Niet van toepassing."),
        new("audit_recommendation", "Recommandation", "Aanbeveling"),
        new("audit_follow_up", "Suite donnée", "Gevolg"),
    ];
}
