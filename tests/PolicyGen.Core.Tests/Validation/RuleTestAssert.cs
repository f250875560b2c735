namespace PolicyGen.Tests.Validation;

internal static class RuleTestAssert
{
    /// <summary>No diagnostic when <paramref name="expected"/> is null, else only diagnostics with that code.</summary>
    public static void Codes(List<string> actual, string? expected)
    {
        if (expected is null)
        {
            Assert.Empty(actual);
        }
        else
        {
            Assert.Equal(expected, Assert.Single(actual.Distinct()));
        }
    }
}
