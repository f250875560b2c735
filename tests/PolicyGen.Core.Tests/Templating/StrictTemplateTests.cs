using PolicyGen.Diagnostics;

namespace PolicyGen.Tests.Templating;

/// <summary>Templates are strict: a misspelt name is an error at the template's file, line and column.</summary>
public sealed class StrictTemplateTests
{
    [Fact]
    public void A_misspelt_member_is_reported_at_its_place_with_a_suggestion()
    {
        using var project = TemplateProjects.With(("note.sbn", "# Note {#note}\n\nTitle: {{ note.titel }}\n"));
        var (_, diagnostics) = TemplateProjects.Build(project);
        var diagnostic = Assert.Single(diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(DiagnosticDescriptors.TemplateUnknownName, diagnostic.Descriptor);
        Assert.Equal(new SourceLocation("tpl/note.sbn", 3, 16), diagnostic.Location);
        Assert.Contains("'titel'", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("did you mean 'title'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_member_in_an_overriding_partial_is_reported_in_that_file()
    {
        using var project = TemplateProjects.With(("objectives/operational.sbn", """
            {{~ $oo = $1 ~}}
            {{ pg.heading 3 $oo.heading_number $oo.heading_title $oo.id }}

            {{ $oo.descripton }}

            """));
        var (_, diagnostics) = TemplateProjects.Build(project);
        var diagnostic = Assert.Single(diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(DiagnosticDescriptors.TemplateUnknownName, diagnostic.Descriptor);
        Assert.Equal("tpl/objectives/operational.sbn", diagnostic.Location.Path);
        Assert.Equal(4, diagnostic.Location.Line);
        Assert.Contains("did you mean 'description'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_variable_is_reported()
    {
        using var project = TemplateProjects.With(("note.sbn", "{{ nte.title }}\n"));
        var diagnostic = Assert.Single(TemplateProjects.Build(project).Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(DiagnosticDescriptors.TemplateUnknownName, diagnostic.Descriptor);
        Assert.Contains("did you mean 'note'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_label_is_reported()
    {
        using var project = TemplateProjects.With(("note.sbn", "{{ pg.t \"oo_dedline\" }}\n"));
        var diagnostic = Assert.Single(TemplateProjects.Build(project).Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(DiagnosticDescriptors.UnknownLabel, diagnostic.Descriptor);
        Assert.Equal(new SourceLocation("tpl/note.sbn", 1, 4), diagnostic.Location);
        Assert.Contains("did you mean 'oo_deadline'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_syntax_error_is_reported_with_its_place()
    {
        using var project = TemplateProjects.With(("note.sbn", "Text\n{{ for x in note.objectives }}\nno end\n"));
        var diagnostic = Assert.Single(TemplateProjects.Build(project).Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(DiagnosticDescriptors.TemplateSyntax, diagnostic.Descriptor);
        Assert.Equal("tpl/note.sbn", diagnostic.Location.Path);
        Assert.True(diagnostic.Location.Line >= 2);
    }

    [Theory]
    [InlineData("../policygen.yaml")]
    [InlineData("/etc/passwd")]
    [InlineData("sub/../../x.sbn")]
    public void Includes_cannot_leave_the_template_folder(string name)
    {
        using var project = TemplateProjects.With(("note.sbn", $"{{{{ include \"{name}\" }}}}\n"));
        var diagnostic = Assert.Single(TemplateProjects.Build(project).Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(DiagnosticDescriptors.TemplateOutsideFolder, diagnostic.Descriptor);
        Assert.Equal(new SourceLocation("tpl/note.sbn", 1, 4), diagnostic.Location);
    }

    [Fact]
    public void A_missing_include_is_reported()
    {
        using var project = TemplateProjects.With(("note.sbn", "{{ include \"nothing-here.sbn\" }}\n"));
        var diagnostic = Assert.Single(TemplateProjects.Build(project).Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(DiagnosticDescriptors.TemplateNotFound, diagnostic.Descriptor);
    }

    [Fact]
    public void A_missing_template_folder_is_reported()
    {
        using var project = TemplateProjects.With();
        System.IO.Directory.Delete(project.Path("tpl"));
        var diagnostic = Assert.Single(TemplateProjects.Build(project).Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(DiagnosticDescriptors.TemplatesFolderMissing, diagnostic.Descriptor);
    }
}
