namespace PolicyGen.Formatting;

/// <summary>The special characters of the A-453 typography.</summary>
public static class Characters
{
    /// <summary>No-break space (U+00A0): between a number and its unit, a day and its month.</summary>
    public const char NoBreakSpace = '\u00A0';

    /// <summary>Narrow no-break space (U+202F): before <c>: ; ! ? %</c> and inside « ».</summary>
    public const char NarrowNoBreakSpace = '\u202F';

    /// <summary>The en dash used for list items and between a code and its label.</summary>
    public const char EnDash = '\u2013';

    /// <summary>The minus sign (U+2212) for negative numbers.</summary>
    public const char Minus = '\u2212';

    /// <summary>A colon preceded by a narrow no-break space, as the notes print it in both languages.</summary>
    public const string Colon = "\u202F:";
}
