using DocumentFormat.OpenXml.Wordprocessing;
using PolicyGen.Docx.Styles;
using PolicyGen.Model;

namespace PolicyGen.Docx.Packaging;

/// <summary>The settings part: tab stops, automatic hyphenation, footnote separators, Word 2013+ compatibility, theme language.</summary>
internal static class SettingsBuilder
{
    public static Settings Build(Language outline, bool updateFields)
    {
        var settings = new Settings(
            new DefaultTabStop { Val = 567 },
            new AutoHyphenation { Val = true },
            new ConsecutiveHyphenLimit { Val = 2 });
        if (updateFields)
        {
            settings.Append(new UpdateFieldsOnOpen { Val = true });
        }

        settings.Append(
            new FootnoteDocumentWideProperties(new FootnoteSpecialReference { Id = -1 }, new FootnoteSpecialReference { Id = 0 }),
            new Compatibility(
                new DoNotExpandShiftReturn(),
                new CompatibilitySetting
            {
                Name = CompatSettingNameValues.CompatibilityMode,
                Uri = "http://schemas.microsoft.com/office/word",
                Val = "15",
            }),
            new ThemeFontLanguages { Val = StyleIds.LanguageTag(outline) });
        return settings;
    }
}
