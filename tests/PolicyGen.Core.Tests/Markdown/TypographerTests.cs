using PolicyGen.Markdown;
using PolicyGen.Model;

namespace PolicyGen.Tests.Markdown;

public sealed class TypographerTests
{
    [Fact]
    public void Only_the_text_is_touched()
    {
        var markdown = "## IV.1 OS 1 : Titre {#os-1 number=\"IV.1 OS 1 :\"}\n\nVoir [la note](https://x.be/a:b) : 40 %.\n\n| a : b |\n|---|\n| 140.000 euros |\n";
        var result = MarkdownTypographer.Apply(markdown, Language.Fr);
        Assert.Equal(
            "## IV.1 OS 1\u202F: Titre {#os-1 number=\"IV.1 OS 1 :\"}\n\nVoir [la note](https://x.be/a:b)\u202F: 40\u202F%.\n\n| a\u202F: b |\n|---|\n| 140.000\u00A0euros |\n",
            result);
    }

    [Fact]
    public void Escaped_text_is_typeset_too() =>
        Assert.Equal("\\*Note\\*\u202F: oui", MarkdownTypographer.Apply("\\*Note\\* : oui", Language.Fr));
}
