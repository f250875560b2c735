using PolicyGen.Model;

namespace PolicyGen.Formatting;

/// <summary>The fixed words policygen prints for values typed once in the sources.</summary>
public static class Words
{
    /// <summary>A threshold colour: vert / groen, orange / oranje, rouge / rood.</summary>
    public static string Colour(ThresholdColour colour, Language language) => (colour, language) switch
    {
        (ThresholdColour.Green, Language.Fr) => "vert",
        (ThresholdColour.Green, _) => "groen",
        (ThresholdColour.Orange, Language.Fr) => "orange",
        (ThresholdColour.Orange, _) => "oranje",
        (ThresholdColour.Red, Language.Fr) => "rouge",
        _ => "rood",
    };

    /// <summary>A status as a phrase without final punctuation: <c>Selon le planning</c> / <c>Op schema</c>.</summary>
    public static string Status(StatusCode code, Language language) => (code, language) switch
    {
        (StatusCode.OnTrack, Language.Fr) => "Selon le planning",
        (StatusCode.OnTrack, _) => "Op schema",
        (StatusCode.Done, Language.Fr) => "Réalisé",
        (StatusCode.Done, _) => "Gerealiseerd",
        (StatusCode.NotStarted, Language.Fr) => "Pas encore démarré",
        (StatusCode.NotStarted, _) => "Nog niet gestart",
        (StatusCode.SmallDeviation, Language.Fr) => "Petit écart",
        (StatusCode.SmallDeviation, _) => "Kleine afwijking",
        (StatusCode.ToCorrect, Language.Fr) => "À corriger",
        (StatusCode.ToCorrect, _) => "Te corrigeren",
        (StatusCode.Postponed, Language.Fr) => "Reporté",
        (StatusCode.Postponed, _) => "Uitgesteld",
        (_, Language.Fr) => "Autre",
        _ => "Andere",
    };

    /// <summary>The stage of an amount: engagés / vastgelegd…</summary>
    public static string Nature(BudgetNature nature, Language language) => (nature, language) switch
    {
        (BudgetNature.Committed, Language.Fr) => "engagés",
        (BudgetNature.Committed, _) => "vastgelegd",
        (BudgetNature.Liquidated, Language.Fr) => "liquidés",
        (BudgetNature.Liquidated, _) => "vereffend",
        (BudgetNature.CommittedAndLiquidated, Language.Fr) => "engagés et liquidés",
        (BudgetNature.CommittedAndLiquidated, _) => "vastgelegd en vereffend",
        (BudgetNature.InCommitmentAndLiquidation, Language.Fr) => "en engagement et liquidation",
        (BudgetNature.InCommitmentAndLiquidation, _) => "in vastlegging en vereffening",
        (BudgetNature.PartialLiquidation, Language.Fr) => "en liquidation partielle",
        (BudgetNature.PartialLiquidation, _) => "in gedeeltelijke vereffening",
        (BudgetNature.ToCommit, Language.Fr) => "à engager",
        (BudgetNature.ToCommit, _) => "vast te leggen",
        (_, Language.Fr) => "estimés",
        _ => "geraamd",
    };

    /// <summary>A capitalised first letter, for a colour that starts a phrase: <c>Vert</c>.</summary>
    public static string Capitalise(string word) =>
        word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];
}
