using System.Text;
using PolicyGen.Pdf.Rendering.Tagging;

namespace PolicyGen.Tests.Rendering;

/// <summary>Marker comments become marked-content operators that nest with the text objects PDFsharp opens lazily.</summary>
public class MarkedContentTests
{
    [Fact]
    public void A_beginning_moves_past_the_text_object_and_graphics_states_the_next_drawing_opens()
    {
        var content = """
            % pg:BDC P 0
            q
            q
            BT
            0 0 0 rg
            <0041> Tj
            % pg:EMC
            % pg:ART Layout
            ET
            0 842 m
            10 832 l
            S
            % pg:EMC
            % pg:BDC H1 1
            BT
            <0042> Tj
            % pg:EMC
            ET
            Q
            Q

            """;

        Assert.Equal("""
            q
            q
            BT
            /P <</MCID 0>> BDC
            0 0 0 rg
            <0041> Tj
            EMC
            ET
            /Artifact <</Type /Layout>> BDC
            0 842 m
            10 832 l
            S
            EMC
            BT
            /H1 <</MCID 1>> BDC
            <0042> Tj
            EMC
            ET
            Q
            Q

            """, Rewrite(content));
    }

    [Fact]
    public void A_sequence_that_draws_nothing_is_left_out_and_other_comments_stay()
    {
        Assert.Equal("% a comment of PDFsharp\nBT\n<0041> Tj\nET\n", Rewrite("% a comment of PDFsharp\n% pg:ART Header\n% pg:EMC\nBT\n<0041> Tj\nET\n"));
    }

    [Fact]
    public void A_sequence_begun_and_never_drawn_to_the_end_of_the_stream_is_an_error()
    {
        Assert.Throws<InvalidOperationException>(() => Rewrite("BT\n<0041> Tj\nET\n% pg:BDC P 3\n"));
    }

    private static string Rewrite(string content) =>
        Encoding.ASCII.GetString(MarkedContent.Rewrite(Encoding.ASCII.GetBytes(content.Replace("\r\n", "\n", StringComparison.Ordinal))));
}
