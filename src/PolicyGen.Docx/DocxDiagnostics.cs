using PolicyGen.Diagnostics;

namespace PolicyGen.Docx;

/// <summary>The diagnostics of the DOCX writer (registered with all others in <see cref="DiagnosticDescriptors"/>).</summary>
public static class DocxDiagnostics
{
    public static DiagnosticDescriptor ReferenceStyleMissing => DiagnosticDescriptors.ReferenceStyleMissing;

    public static DiagnosticDescriptor ReferenceUnreadable => DiagnosticDescriptors.ReferenceUnreadable;

    public static DiagnosticDescriptor ReferenceHeaderNotCopied => DiagnosticDescriptors.ReferenceHeaderNotCopied;
}
