namespace PolicyGen.Tests.LibreOffice;

/// <summary>A test that needs LibreOffice (<c>soffice</c>); skipped, with the reason shown, where it is missing.</summary>
public sealed class SofficeFactAttribute : FactAttribute
{
    public SofficeFactAttribute()
    {
        if (Soffice.Path is null)
        {
            Skip = "soffice (LibreOffice) is not installed: apt-get install -y libreoffice-writer-nogui";
        }
    }
}
