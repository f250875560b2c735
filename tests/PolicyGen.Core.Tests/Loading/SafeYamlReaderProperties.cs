using CsCheck;
using PolicyGen.Diagnostics;
using PolicyGen.Loading.Yaml;

namespace PolicyGen.Tests.Loading;

public class SafeYamlReaderProperties
{
    /// <summary>Whatever the bytes, the reader returns a tree or located diagnostics; it never throws.</summary>
    [Fact]
    public void Arbitrary_bytes_never_throw()
    {
        var yamlish = Gen.OneOfConst("a", ":", " ", "\n", "- ", "[", "]", "{", "}", ",", "&x", "*x", "!!str", "'", "\"", "#", "---", "<<", "\t", "é", "\u0301", "|", ">", "?")
            .Array[0, 60].Select(parts => System.Text.Encoding.UTF8.GetBytes(string.Concat(parts)));
        var gen = Gen.Frequency((3, yamlish), (1, Gen.Byte.Array[0, 200]));
        gen.Sample(bytes =>
        {
            var bag = new DiagnosticBag();
            var node = new SafeYamlReader().ReadBytes(bytes, "f.yaml", bag);
            return node is not null || bag.Items.Count > 0 && bag.Items.All(d => d.Location.Path == "f.yaml");
        }, iter: 3000);
    }

    /// <summary>Generated mappings of scalars read back with the same keys and values, in order.</summary>
    [Fact]
    public void Written_mappings_read_back()
    {
        var key = Gen.Char['a', 'z'].Array[1, 8].Select(c => new string(c));
        var value = Gen.String[Gen.Char.AlphaNumeric, 0, 20];
        Gen.Dictionary(key, value)[1, 12].Sample(dict =>
        {
            var text = string.Concat(dict.Select(kv => $"{kv.Key}: \"{kv.Value}\"\n"));
            var bag = new DiagnosticBag();
            var map = (YamlMapping)new SafeYamlReader().ReadBytes(System.Text.Encoding.UTF8.GetBytes(text), "f.yaml", bag)!;
            return bag.Items.Count == 0
                && map.Entries.Select(e => (e.Key.Value, ((YamlScalar)e.Value).Value)).SequenceEqual(dict.Select(kv => (kv.Key, kv.Value)));
        }, iter: 300);
    }
}
