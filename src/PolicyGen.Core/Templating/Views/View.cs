using Scriban.Runtime;

namespace PolicyGen.Templating.Views;

/// <summary>Builds the Scriban objects of the template data: every key present, absent values null.</summary>
internal static class View
{
    public static ScriptObject Object(params (string Key, object? Value)[] members)
    {
        var result = new ScriptObject();
        foreach (var (key, value) in members)
        {
            result.SetValue(key, value, false);
        }

        return result;
    }

    public static ScriptArray List<T>(IEnumerable<T>? items, Func<T, object?> map)
    {
        var result = new ScriptArray();
        foreach (var item in items ?? [])
        {
            result.Add(map(item));
        }

        return result;
    }

    public static ScriptArray List<T>(IEnumerable<T>? items, Func<T, int, object?> map)
    {
        var result = new ScriptArray();
        var index = 0;
        foreach (var item in items ?? [])
        {
            result.Add(map(item, index++));
        }

        return result;
    }
}
