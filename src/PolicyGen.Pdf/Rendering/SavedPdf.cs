using System.Buffers;
using System.Buffers.Text;

namespace PolicyGen.Pdf.Rendering;

/// <summary>
/// The outline of a file as PDFsharp saves it (one revision, a classic cross-reference table), read from the end as a
/// PDF reader does: <c>startxref</c>, the cross-reference table, the trailer, and where each object lies. Nothing is
/// copied or converted to text.
/// </summary>
internal sealed class SavedPdf
{
    /// <summary>The length of a cross-reference entry (<c>nnnnnnnnnn ggggg n</c> and a two-byte end of line).</summary>
    private const int EntryLength = 20;

    private readonly Dictionary<int, int> _offsets = [];
    private readonly List<(int Count, int At)> _sections = [];

    private SavedPdf()
    {
    }

    /// <summary>Where the cross-reference table begins (the <c>xref</c> keyword).</summary>
    public int Xref { get; private init; }

    /// <summary>Where the trailer begins (the <c>trailer</c> keyword), right after the table.</summary>
    public int Trailer { get; private set; }

    /// <summary>The trailer's <c>/Size</c>: one more than the highest object number.</summary>
    public int Size { get; private set; }

    /// <summary>Where the digits of <see cref="Size"/> are in the file.</summary>
    public Range SizeDigits { get; private set; }

    /// <summary>Reads the outline of <paramref name="pdf"/>.</summary>
    /// <exception cref="InvalidDataException">The file is not laid out as expected.</exception>
    public static SavedPdf Read(ReadOnlySpan<byte> pdf)
    {
        var saved = new SavedPdf { Xref = StartXref(pdf) };
        saved.ReadTable(pdf);
        var key = pdf[saved.Trailer..].IndexOf("/Size "u8);
        var digits = saved.Trailer + key + "/Size ".Length;
        if (key < 0 || !Utf8Parser.TryParse(pdf[digits..], out int size, out var length))
        {
            throw Malformed("the trailer has no /Size");
        }

        saved.Size = size;
        saved.SizeDigits = digits..(digits + length);
        return saved;
    }

    /// <summary>The number of the object a trailer entry (<c>/Root</c>, <c>/Info</c>) refers to.</summary>
    public int TrailerReference(ReadOnlySpan<byte> pdf, ReadOnlySpan<byte> key) =>
        ReferenceAfter(pdf[Trailer..], key) ?? throw Malformed($"the trailer has no {System.Text.Encoding.ASCII.GetString(key)}");

    /// <summary>The range of object <paramref name="number"/>: from <c>N 0 obj</c> to the end of <c>endobj</c>.</summary>
    public Range Object(ReadOnlySpan<byte> pdf, int number)
    {
        var start = _offsets.TryGetValue(number, out var offset) ? offset : throw Malformed($"object {number} is not in the cross-reference table");
        var length = pdf[start..].IndexOf("endobj"u8);
        return length < 0 ? throw Malformed($"no endobj after offset {start}") : start..(start + length + "endobj".Length);
    }

    /// <summary>The number in <c>key N 0 R</c> after <paramref name="key"/> in <paramref name="text"/>, or null.</summary>
    public static int? ReferenceAfter(ReadOnlySpan<byte> text, ReadOnlySpan<byte> key)
    {
        var at = text.IndexOf(key);
        return at >= 0 && Utf8Parser.TryParse(text[(at + key.Length)..], out int number, out _) ? number : null;
    }

    /// <summary>
    /// Moves, in <paramref name="table"/> (a copy of the cross-reference table), every in-use entry by what
    /// <paramref name="delta"/> gives for its offset.
    /// </summary>
    public void MoveTable(Span<byte> table, Func<long, int> delta)
    {
        foreach (var (count, at) in _sections)
        {
            for (var i = 0; i < count; i++)
            {
                var entry = table.Slice(at - Xref + (i * EntryLength), EntryLength);
                if (entry[17] != (byte)'n' || !Utf8Parser.TryParse(entry[..10], out long offset, out _) || delta(offset) is not (not 0 and var moved))
                {
                    continue;
                }

                if (!Utf8Formatter.TryFormat(offset + moved, entry[..10], out _, new StandardFormat('D', 10)))
                {
                    throw Malformed("an offset beyond ten digits");
                }
            }
        }
    }

    public static InvalidDataException Malformed(string what) => new($"The saved PDF cannot be finished: {what}.");

    /// <summary>The offset <c>startxref</c> gives, near the end of the file.</summary>
    private static int StartXref(ReadOnlySpan<byte> pdf)
    {
        var at = pdf.LastIndexOf("startxref"u8);
        if (at < 0)
        {
            throw Malformed("no startxref");
        }

        var digits = pdf[(at + "startxref".Length)..].TrimStart(" \r\n"u8);
        return Utf8Parser.TryParse(digits, out int offset, out _) && offset >= 0 && offset < at ? offset : throw Malformed("a bad startxref");
    }

    /// <summary>Reads the subsections of fixed-length entries up to the trailer: the offset of every object in use.</summary>
    private void ReadTable(ReadOnlySpan<byte> pdf)
    {
        if (!pdf[Xref..].StartsWith("xref"u8))
        {
            throw Malformed("startxref does not point to a cross-reference table");
        }

        var at = SkipLineEnd(pdf, Xref + "xref".Length);
        while (!pdf[at..].StartsWith("trailer"u8))
        {
            var line = pdf[at..];
            var newline = line.IndexOfAny((byte)'\r', (byte)'\n');
            if (newline < 0 || !Utf8Parser.TryParse(line, out int first, out var read) || !Utf8Parser.TryParse(line[(read + 1)..newline], out int count, out _))
            {
                throw Malformed("a bad cross-reference subsection");
            }

            at = SkipLineEnd(pdf, at + newline);
            if (at + (count * EntryLength) > pdf.Length)
            {
                throw Malformed("a truncated cross-reference table");
            }

            _sections.Add((count, at));
            for (var i = 0; i < count; i++, at += EntryLength)
            {
                var entry = pdf.Slice(at, EntryLength);
                if (entry[17] == (byte)'n' && Utf8Parser.TryParse(entry[..10], out int offset, out _))
                {
                    _offsets[first + i] = offset;
                }
            }
        }

        Trailer = at;
    }

    private static int SkipLineEnd(ReadOnlySpan<byte> pdf, int at)
    {
        while (at < pdf.Length && pdf[at] is (byte)'\r' or (byte)'\n' or (byte)' ')
        {
            at++;
        }

        return at;
    }
}
