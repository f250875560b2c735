namespace PolicyGen.Tests;

public class ProjectTests
{
    [Fact]
    public void Pdf_project_is_named() => Assert.Equal("PolicyGen.Pdf", PolicyGen.Pdf.PdfProject.Name);
}
