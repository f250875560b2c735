using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PolicyGen.Docx.Numbering;

/// <summary>
/// The numbering part: one abstract definition for bullet lists (en dash, hanging indent) and one for ordered
/// lists (<c>1.</c>, <c>a)</c>, <c>i.</c>…), and one concrete numbering per list, allocated in order so that
/// every list restarts at its own start and the ids are the same from build to build.
/// </summary>
public sealed class ListNumbering
{
    /// <summary>The abstract definition of bullet lists.</summary>
    public const int BulletAbstract = 1;

    /// <summary>The abstract definition of ordered lists.</summary>
    public const int OrderedAbstract = 2;

    private const int Levels = 9;
    private const int Step = 284;

    private readonly List<(int Id, bool Ordered, int Level, int Start)> _instances = [];

    /// <summary>A new numbering for a list at a nesting level (0 = top), starting at <paramref name="start"/>.</summary>
    public int Allocate(bool ordered, int level, int start)
    {
        var id = _instances.Count + 1;
        _instances.Add((id, ordered, Math.Clamp(level, 0, Levels - 1), start));
        return id;
    }

    /// <summary>The left indent of a list's text at a nesting level, in twips.</summary>
    public static int Indent(int level) => (Math.Clamp(level, 0, Levels - 1) + 1) * Step;

    /// <summary>The numbering part's root.</summary>
    public DocumentFormat.OpenXml.Wordprocessing.Numbering Build()
    {
        var numbering = new DocumentFormat.OpenXml.Wordprocessing.Numbering();
        numbering.Append(Abstract(BulletAbstract, ordered: false));
        numbering.Append(Abstract(OrderedAbstract, ordered: true));
        foreach (var (id, ordered, level, start) in _instances)
        {
            var instance = new NumberingInstance(new AbstractNumId { Val = ordered ? OrderedAbstract : BulletAbstract }) { NumberID = id };
            if (ordered)
            {
                instance.Append(new LevelOverride(new StartOverrideNumberingValue { Val = start }) { LevelIndex = level });
            }

            numbering.Append(instance);
        }

        return numbering;
    }

    private static AbstractNum Abstract(int id, bool ordered)
    {
        var definition = new AbstractNum(new MultiLevelType { Val = MultiLevelValues.HybridMultilevel }) { AbstractNumberId = id };
        for (var level = 0; level < Levels; level++)
        {
            var (format, text) = ordered ? Ordered(level) : (NumberFormatValues.Bullet, "\u2013");
            definition.Append(new Level(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = format },
                new LevelText { Val = text },
                new LevelJustification { Val = LevelJustificationValues.Left },
                new PreviousParagraphProperties(new Indentation
                {
                    Left = Indent(level).ToString(CultureInfo.InvariantCulture),
                    Hanging = Step.ToString(CultureInfo.InvariantCulture),
                }))
            {
                LevelIndex = level,
            });
        }

        return definition;
    }

    private static (NumberFormatValues Format, string Text) Ordered(int level)
    {
        var placeholder = "%" + (level + 1).ToString(CultureInfo.InvariantCulture);
        return (level % 3) switch
        {
            0 => (NumberFormatValues.Decimal, placeholder + "."),
            1 => (NumberFormatValues.LowerLetter, placeholder + ")"),
            _ => (NumberFormatValues.LowerRoman, placeholder + "."),
        };
    }
}
