using System.Text;

namespace PolicyGen.Tests.Support;

/// <summary>A throw-away project folder for a test; deleted on dispose.</summary>
public sealed class TempProject : IDisposable
{
    public const string Volume = """
        reference: A-1/1
        session: 2021/2022
        parliament: {fr: Parlement, nl: Parlement}
        authority: {fr: Gouvernement, nl: Regering}
        legislature: {start: 2019, end: 2024}
        notes:
          - id: demo
            files: [note.yaml]
        """;

    public const string Chapters = """
        chapters:
          introduction: {fr: Introduction., nl: Inleiding.}
          context: {fr: Contexte., nl: Context.}
          management_summary: {fr: Synthèse., nl: Samenvatting.}

        """;

    public TempProject()
    {
        Directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "policygen-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
    }

    public string Directory { get; }

    /// <summary>A project with the default volume and one note file holding <paramref name="note"/>.</summary>
    public static TempProject WithNote(string note, string? volume = null)
    {
        var p = new TempProject();
        p.Write("policygen.yaml", volume ?? Volume);
        p.Write("note.yaml", note);
        return p;
    }

    public string Path(string relative) => System.IO.Path.Combine(Directory, relative);

    public void Write(string relative, string text) => WriteBytes(relative, Encoding.UTF8.GetBytes(text));

    public void WriteBytes(string relative, byte[] bytes)
    {
        var full = Path(relative);
        System.IO.Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
    }

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
