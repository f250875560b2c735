using PolicyGen.Diagnostics;

namespace PolicyGen.Model;

/// <summary>Base of every model object: remembers where in the sources it was written.</summary>
public abstract class ModelNode
{
    /// <summary>Where the object starts in its source file (set by the loader).</summary>
    public SourceLocation Location { get; set; } = SourceLocation.None;
}
