using System.Reflection;

namespace PolicyGen.Pdf;

/// <summary>Reads the data files shipped inside this assembly (fonts, hyphenation patterns, their licences).</summary>
internal static class EmbeddedAssets
{
    /// <summary>The prefix of every logical resource name; the rest is the path under <c>Assets/</c>, with dots.</summary>
    public const string Prefix = "PolicyGen.Pdf.Assets.";

    private static readonly Assembly Owner = typeof(EmbeddedAssets).Assembly;

    /// <summary>The bytes of the asset at <paramref name="relativeName"/>, e.g. <c>Fonts.LiberationSerif-Regular.ttf</c>.</summary>
    /// <exception cref="FileNotFoundException">No such asset is embedded.</exception>
    public static byte[] ReadBytes(string relativeName)
    {
        using var stream = Owner.GetManifestResourceStream(Prefix + relativeName)
            ?? throw new FileNotFoundException($"Embedded asset '{relativeName}' is missing from {Owner.GetName().Name}.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>The names (relative to <see cref="Prefix"/>) of every embedded asset.</summary>
    public static IReadOnlyList<string> Names() =>
        [.. Owner.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..])
            .Order(StringComparer.Ordinal)];
}
