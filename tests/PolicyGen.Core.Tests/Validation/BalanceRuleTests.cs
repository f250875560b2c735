using PolicyGen.Validation.Rules;

namespace PolicyGen.Tests.Validation;

public class BalanceRuleTests
{
    [Theory]
    [InlineData("Le projet « Bruxelles numérique » (phase 2) est lancé.")]
    [InlineData("a) premier point ; b) second point (avec détail).")]
    [InlineData("1) inventaire ; 2) mise en œuvre")]
    [InlineData("Il dit \"oui\" puis « non ».")]
    public void Balanced_texts_pass(string text) => Assert.Null(BalanceRule.Problem(text));

    [Theory]
    [InlineData("Le projet « Bruxelles numérique est lancé.", "«")]
    [InlineData("La plateforme (IRISbox, CRM est prête.", "(")]
    [InlineData("Datastore compte 1113 jeux (+ 67 et plus.", "(")]
    [InlineData("Un texte » fermé sans ouverture.", "»")]
    [InlineData("Un \"guillemet seul.", "\"")]
    public void Unbalanced_texts_are_found(string text, string symbol) =>
        Assert.Contains(symbol, BalanceRule.Problem(text), StringComparison.Ordinal);
}
