using PolicyGen.Model;

namespace PolicyGen.Templating;

/// <summary>
/// A label of the catalogue in both languages. <c>{0}</c> stands for the argument (a year, a count, a date).
/// <see cref="FrOne"/> and <see cref="NlOne"/> are the singular forms, used when the argument is 1.
/// </summary>
public sealed record LabelEntry(string Key, string Fr, string Nl, string? FrOne = null, string? NlOne = null)
{
    public string Text(Language language, bool singular) => (language, singular) switch
    {
        (Language.Fr, true) => FrOne ?? Fr,
        (Language.Fr, false) => Fr,
        (_, true) => NlOne ?? Nl,
        _ => Nl,
    };
}
