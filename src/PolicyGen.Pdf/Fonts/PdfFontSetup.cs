using PdfSharp.Fonts;

namespace PolicyGen.Pdf.Fonts;

/// <summary>
/// Installs <see cref="EmbeddedFontResolver"/> as PDFsharp's process-wide font resolver. PDFsharp allows setting it
/// only once, before any font is used, so every entry point (CLI, tests) calls <see cref="EnsureInstalled"/>, which
/// is idempotent and thread-safe.
/// </summary>
public static class PdfFontSetup
{
    private static readonly Lock Gate = new();
    private static EmbeddedFontResolver? _resolver;

    /// <summary>The installed resolver, installing it on first call.</summary>
    /// <exception cref="InvalidOperationException">Another font resolver was installed first.</exception>
    public static EmbeddedFontResolver EnsureInstalled()
    {
        // Called for every font looked up while painting: no lock once installed.
        if (Volatile.Read(ref _resolver) is { } installed)
        {
            return installed;
        }

        lock (Gate)
        {
            if (_resolver is not null)
            {
                return _resolver;
            }

            if (GlobalFontSettings.FontResolver is { } existing and not EmbeddedFontResolver)
            {
                throw new InvalidOperationException(
                    $"PDFsharp already has the font resolver {existing.GetType().FullName}; PolicyGen needs its embedded fonts.");
            }

            var resolver = GlobalFontSettings.FontResolver as EmbeddedFontResolver ?? new EmbeddedFontResolver();
            GlobalFontSettings.FontResolver = resolver;
            Volatile.Write(ref _resolver, resolver);
            return resolver;
        }
    }
}
