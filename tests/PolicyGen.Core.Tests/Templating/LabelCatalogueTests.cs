using PolicyGen.Model;
using PolicyGen.Templating;
using PolicyGen.Tests.Support;

namespace PolicyGen.Tests.Templating;

public sealed class LabelCatalogueTests
{
    [Fact]
    public void A_note_rewords_a_label_in_its_language()
    {
        var own = new Dictionary<string, LocalizedText> { ["oo_deadline"] = LocalizedText.Of("Échéances de l’OO", "Deadlines van de OD") };
        Assert.Equal("Échéances de l’OO", new LabelCatalogue(Language.Fr, own).Text("oo_deadline", null, false));
        Assert.Equal("Deadlines van de OD", new LabelCatalogue(Language.Nl, own).Text("oo_deadline", null, false));
        Assert.Equal("Échéance de l’OO", new LabelCatalogue(Language.Fr, null).Text("oo_deadline", null, false));
    }

    [Fact]
    public void Arguments_fill_the_pattern_and_a_count_of_one_takes_the_singular()
    {
        var catalogue = new LabelCatalogue(Language.Fr, null);
        Assert.Equal("Réalisations 2021", catalogue.Text("realisations", "2021", false));
        Assert.Equal("1 indicateur clé de performance (ICP) pour l’output de l’OO", catalogue.Text("oo_indicators", "1", true));
        Assert.Equal("3 indicateurs clés de performance (ICP) pour l’output de l’OO", catalogue.Text("oo_indicators", "3", false));
        Assert.Equal("Résultat réalisé de l’OS en date du", catalogue.Text("os_result", null, false));
        Assert.Null(catalogue.Text("no_such_label", null, false));
    }

    [Fact]
    public void The_template_readme_lists_every_label_key()
    {
        var readme = File.ReadAllText(Repo.Path("templates", "a453", "README.md"));
        Assert.All(LabelCatalogue.Keys.Where(k => !k.StartsWith("chapter_", StringComparison.Ordinal)), key => Assert.Contains($"`{key}`", readme, StringComparison.Ordinal));
    }
}
