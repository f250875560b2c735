using System.Reflection;
using PolicyGen.Documents;

namespace PolicyGen.Tests.Documents;

public sealed class DocumentModelTests
{
    [Fact]
    public void The_visitors_have_one_method_per_kind_of_node()
    {
        AssertExhaustive(typeof(Block), typeof(IBlockVisitor<>));
        AssertExhaustive(typeof(Inline), typeof(IInlineVisitor<>));
    }

    [Fact]
    public void The_dump_spells_out_invisible_characters() =>
        Assert.Equal("140.000{nbsp}euros{nnbsp}; a{thinsp}b{tab}", DumpWriter.Escape("140.000\u00A0euros\u202F; a\u2009b\t"));

    [Fact]
    public void Documents_do_not_depend_on_parsers_or_template_engines()
    {
        var documentTypes = typeof(Block).Assembly.GetTypes().Where(t => t.Namespace?.StartsWith("PolicyGen.Documents", StringComparison.Ordinal) == true);
        foreach (var type in documentTypes)
        {
            var referenced = type.GetFields(BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic).Select(f => f.FieldType)
                .Concat(type.GetProperties().Select(p => p.PropertyType))
                .Concat(type.GetMethods().SelectMany(m => m.GetParameters().Select(p => p.ParameterType).Append(m.ReturnType)));
            Assert.DoesNotContain(referenced, t => t.Namespace is { } ns && (ns.StartsWith("Markdig", StringComparison.Ordinal) || ns.StartsWith("Scriban", StringComparison.Ordinal)));
        }
    }

    private static void AssertExhaustive(Type root, Type visitor)
    {
        var kinds = root.Assembly.GetTypes().Where(t => t.IsSubclassOf(root) && !t.IsAbstract).ToList();
        var visited = visitor.GetMethods().Where(m => m.Name == "Visit").Select(m => m.GetParameters()[0].ParameterType).ToList();
        Assert.Equal(kinds.OrderBy(t => t.Name), visited.OrderBy(t => t.Name));
    }
}
