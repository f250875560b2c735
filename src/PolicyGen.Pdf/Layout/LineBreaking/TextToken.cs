namespace PolicyGen.Pdf.Layout.LineBreaking;

/// <summary>A piece of paragraph text with the font of each of its characters.</summary>
/// <param name="Kind">What the piece is.</param>
/// <param name="Text">Its characters (a space token keeps only its first character).</param>
/// <param name="Fonts">The font of each character of <paramref name="Text"/>.</param>
/// <param name="Source">Offset of its first character in the paragraph's text.</param>
internal sealed record TextToken(TextTokenKind Kind, string Text, FontSpec[] Fonts, int Source);
