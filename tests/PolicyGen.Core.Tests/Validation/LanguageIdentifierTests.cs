using PolicyGen.Model;
using PolicyGen.Validation.LanguageId;

namespace PolicyGen.Tests.Validation;

public class LanguageIdentifierTests
{
    [Theory]
    [InlineData("Les communes seront accompagnées dans la mise en œuvre des nouvelles procédures électroniques par le centre régional.", Language.Fr)]
    [InlineData("Une attention particulière sera accordée à l'égalité des chances et à la lutte contre les violences faites aux femmes.", Language.Fr)]
    [InlineData("De gemeenten zullen worden begeleid bij de uitvoering van de nieuwe elektronische procedures door het gewestelijk centrum.", Language.Nl)]
    [InlineData("Er zal bijzondere aandacht worden besteed aan gelijke kansen en aan de strijd tegen geweld op vrouwen.", Language.Nl)]
    public void Tells_french_from_dutch(string text, Language expected) => Assert.Equal(expected, LanguageIdentifier.Instance.Identify(text));

    [Theory]
    [InlineData("IRISbox, CRM, FMS")]
    [InlineData("Selon le planning.")]
    [InlineData("2021-2022")]
    public void Stays_silent_on_short_or_neutral_text(string text) => Assert.Null(LanguageIdentifier.Instance.Identify(text));
}
