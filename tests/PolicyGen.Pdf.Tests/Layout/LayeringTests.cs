namespace PolicyGen.Tests.Layout;

/// <summary>Layout and hyphenation code must not depend on PDFsharp (namespace <c>PdfSharp</c>): only <c>Fonts/</c> talks to it.</summary>
public class LayeringTests
{
    [Theory]
    [InlineData("Layout")]
    [InlineData("Hyphenation")]
    public void Layout_and_hyphenation_sources_do_not_use_PDFsharp(string folder)
    {
        var sources = Directory.GetFiles(Support.Repo.Path("src", "PolicyGen.Pdf", folder), "*.cs", SearchOption.AllDirectories);

        Assert.NotEmpty(sources);
        Assert.All(sources, file => Assert.DoesNotContain("PdfSharp", File.ReadAllText(file), StringComparison.Ordinal));
    }

    [Fact]
    public void Layout_and_hyphenation_types_expose_no_PDFsharp_type()
    {
        var pdfSharp = typeof(PdfSharp.Drawing.XFont).Assembly;
        var types = typeof(PolicyGen.Pdf.Layout.IFontMetrics).Assembly.GetTypes()
            .Where(t => t.Namespace is { } ns && (ns.StartsWith("PolicyGen.Pdf.Layout", StringComparison.Ordinal)
                || ns.StartsWith("PolicyGen.Pdf.Hyphenation", StringComparison.Ordinal)))
            .ToList();

        Assert.NotEmpty(types);
        const System.Reflection.BindingFlags all = System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic
            | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.DeclaredOnly;
        foreach (var type in types)
        {
            var used = type.GetFields(all).Select(f => f.FieldType)
                .Concat(type.GetProperties(all).Select(p => p.PropertyType))
                .Concat(type.GetMethods(all).SelectMany(m => m.GetParameters().Select(p => p.ParameterType).Append(m.ReturnType)))
                .Concat(type.GetConstructors(all).SelectMany(c => c.GetParameters().Select(p => p.ParameterType)))
                .Concat(type.GetInterfaces())
                .Append(type.BaseType ?? typeof(object));
            Assert.DoesNotContain(used, t => t.Assembly == pdfSharp);
        }
    }
}
