namespace PolicyGen.Model;

/// <summary>The two languages of every text.</summary>
public enum Language
{
    Fr,
    Nl,
}

public static class LanguageExtensions
{
    public static string Code(this Language language) => language == Language.Fr ? "fr" : "nl";

    public static string Tag(this Language language) => language == Language.Fr ? "fr-BE" : "nl-BE";

    public static Language Other(this Language language) => language == Language.Fr ? Language.Nl : Language.Fr;

    public static IReadOnlyList<Language> All { get; } = [Language.Fr, Language.Nl];
}
