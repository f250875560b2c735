using CsCheck;
using PolicyGen.Formatting;
using PolicyGen.Model;

namespace PolicyGen.Tests.Formatting;

public sealed class TypographyTests
{
    [Theory]
    [InlineData("Pour ce faire, easy.brussels :", "Pour ce faire, easy.brussels\u202F:")]
    [InlineData("Note: voir ci-dessous", "Note\u202F: voir ci-dessous")]
    [InlineData("Quoi ? Vraiment !", "Quoi\u202F? Vraiment\u202F!")]
    [InlineData("un ; deux", "un\u202F; deux")]
    [InlineData("« Easy Way »", "«\u202FEasy Way\u202F»")]
    [InlineData("«Easy Way»", "«\u202FEasy Way\u202F»")]
    [InlineData("40 % et 50%", "40\u202F% et 50\u202F%")]
    [InlineData("140.000 euros", "140.000\u00A0euros")]
    [InlineData("le 1er octobre et le 21 janvier", "le 1er\u00A0octobre et le 21\u00A0janvier")]
    [InlineData("à 10:30 sur https://x.be/a:b?c=1", "à 10:30 sur https://x.be/a:b?c=1")]
    public void French(string text, string expected) => Assert.Equal(expected, Typography.Apply(text, Language.Fr));

    [Theory]
    [InlineData("Hiertoe heeft easy.brussels :", "Hiertoe heeft easy.brussels\u202F:")]
    [InlineData("voor het komende jaar:", "voor het komende jaar:")]
    [InlineData("« Easy Way » genaamd", "«\u202FEasy Way\u202F» genaamd")]
    [InlineData("op 1 oktober 2021", "op 1\u00A0oktober 2021")]
    [InlineData("140.000 euro", "140.000\u00A0euro")]
    public void Dutch(string text, string expected) => Assert.Equal(expected, Typography.Apply(text, Language.Nl));

    [Fact]
    public void Applying_twice_changes_nothing() =>
        Gen.String[" :;!?%«»abc1é.\u00A0"].Sample(text =>
        {
            foreach (var language in LanguageExtensions.All)
            {
                var once = Typography.Apply(text, language);
                Assert.Equal(once, Typography.Apply(once, language));
            }
        }, iter: 2000);
}
