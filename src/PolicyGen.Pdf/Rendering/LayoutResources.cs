using PolicyGen.Model;
using PolicyGen.Pdf.Fonts;
using PolicyGen.Pdf.Hyphenation;
using PolicyGen.Pdf.Layout;

namespace PolicyGen.Pdf.Rendering;

/// <summary>
/// What every layout needs before its first line: the embedded fonts installed and measured, and the French and
/// Dutch hyphenation patterns parsed. Each is loaded once per process; <see cref="LoadAsync"/> loads them on another
/// thread, so that a caller with other work to do first (reading and rendering the sources) does not wait for them.
/// </summary>
public static class LayoutResources
{
    public static Task LoadAsync() => Task.Run(Load);

    public static void Load()
    {
        PdfFontSetup.EnsureInstalled();
        foreach (var variant in Enum.GetValues<FontVariant>())
        {
            PdfSharpFontMetrics.Shared.MeasureWidth("Aa", new FontSpec(variant, 10));
        }

        Hyphenators.For(Language.Fr);
        Hyphenators.For(Language.Nl);
    }
}
