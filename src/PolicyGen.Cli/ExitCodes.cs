namespace PolicyGen.Cli;

/// <summary>The process exit codes, documented in README.</summary>
public static class ExitCodes
{
    /// <summary>Success: no errors (warnings may have been reported).</summary>
    public const int Success = 0;

    /// <summary>The sources have errors (or warnings, with --warnaserror).</summary>
    public const int ContentErrors = 1;

    /// <summary>The command line is wrong: unknown command or option, missing argument.</summary>
    public const int Usage = 2;

    /// <summary>The outputs could not be written (no such place, no permission, a read-only or full disk).</summary>
    public const int OutputUnwritable = 3;

    /// <summary>A bug in policygen: an unexpected failure, reported without a stack trace.</summary>
    public const int InternalError = 4;
}
