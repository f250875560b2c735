namespace PolicyGen.Model.Metadata;

/// <summary>
/// A model type that may also be written as a single scalar in YAML (for example a deadline as
/// <c>2024</c>). The mapping form is bound property by property; the scalar form through <see cref="FromScalar"/>.
/// </summary>
public interface IScalarShorthand<TSelf>
    where TSelf : class
{
    /// <summary>Builds the value from the scalar text, or returns null and an error message.</summary>
    static abstract TSelf? FromScalar(string text, out string? error);

    /// <summary>Describes the accepted scalar forms, for diagnostics and the schema.</summary>
    static abstract string ScalarForms { get; }

    /// <summary>A regular expression for the scalar forms, for the JSON Schema.</summary>
    static abstract string ScalarPattern { get; }
}
