namespace PolicyGen.Cli.Reporting;

/// <summary>How diagnostics are printed.</summary>
public enum OutputFormat
{
    /// <summary><c>path(line,col): error PG1234: message</c>, the MSBuild form editors and CI understand.</summary>
    Text,

    /// <summary>One JSON document with every diagnostic and the counts.</summary>
    Json,

    /// <summary>GitHub Actions workflow commands (<c>::error file=…,line=…::message</c>), which become annotations.</summary>
    Github,
}
