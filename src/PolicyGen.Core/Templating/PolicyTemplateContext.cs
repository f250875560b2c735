using Scriban;
using Scriban.Runtime;

namespace PolicyGen.Templating;

/// <summary>
/// The Scriban context of one rendering. Strict: an unknown variable or member is an error. Rich text written
/// by a template is inserted as whole blocks; deferred values are formatted when written.
/// </summary>
internal sealed class PolicyTemplateContext : TemplateContext
{
    public PolicyTemplateContext(RenderSession session, TemplateLimits limits)
    {
        Session = session;
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        EnableRelaxedTargetAccess = false;
        EnableRelaxedFunctionAccess = false;
        NewLine = "\n";
        AutoIndent = true;
        LoopLimit = limits.LoopLimit;
        RecursiveLimit = limits.RecursiveLimit;
        LimitToString = limits.StringLimit;
        OnStringLimit = ScriptLimitBehavior.Throw;
        OutputLimit = limits.OutputLimit;
        OnOutputLimit = ScriptLimitBehavior.Throw;
        TryGetMember = RememberMissingMember;
    }

    public RenderSession Session { get; }

    /// <summary>The members of the last object on which a missing member was asked for, for "did you mean".</summary>
    public IReadOnlyList<string> LastMissingMemberCandidates { get; private set; } = [];

    public override string ObjectToString(object? value, bool nested = false) => value switch
    {
        RichTextValue text => Session.Blocks(text),
        DeferredText deferred => deferred.Render(),
        _ => base.ObjectToString(value, nested) ?? string.Empty,
    };

    private bool RememberMissingMember(TemplateContext context, Scriban.Parsing.SourceSpan span, object target, string member, out object value)
    {
        LastMissingMemberCandidates = target is ScriptObject script ? [.. script.Keys] : [];
        value = null!;
        return false;
    }
}
