using System.Collections;
using PolicyGen.Model;
using PolicyGen.Model.Metadata;

namespace PolicyGen.Validation;

/// <summary>A text of the model with the field that holds it.</summary>
public sealed record TextField(LocalizedText Text, string Key, bool Markdown, ModelNode Owner);

/// <summary>Walks a model tree in source order, through the same shapes the binder uses.</summary>
public static class ModelWalker
{
    /// <summary>Every model object under (and including) <paramref name="root"/>, in order.</summary>
    public static IEnumerable<ModelNode> Nodes(ModelNode root)
    {
        var stack = new Stack<ModelNode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            yield return node;
            var children = new List<ModelNode>();
            foreach (var member in TypeShape.Of(node.GetType()).Members)
            {
                switch (member.Property.GetValue(node))
                {
                    case ModelNode child:
                        children.Add(child);
                        break;
                    case IList list:
                        children.AddRange(list.OfType<ModelNode>());
                        break;
                    case IDictionary dict:
                        children.AddRange(dict.Values.OfType<ModelNode>());
                        break;
                }
            }

            for (var i = children.Count - 1; i >= 0; i--)
            {
                stack.Push(children[i]);
            }
        }
    }

    /// <summary>Every text in the tree, with whether its field is Markdown.</summary>
    public static IEnumerable<TextField> Texts(ModelNode root)
    {
        foreach (var node in Nodes(root))
        {
            if (node is LocalizedText)
            {
                continue;
            }

            foreach (var member in TypeShape.Of(node.GetType()).Members)
            {
                switch (member.Property.GetValue(node))
                {
                    case LocalizedText text:
                        yield return new TextField(text, member.Key, member.Markdown, node);
                        break;
                    case IList list:
                        foreach (var t in list.OfType<LocalizedText>())
                        {
                            yield return new TextField(t, member.Key, member.Markdown, node);
                        }

                        break;
                    case IDictionary dict:
                        foreach (var t in dict.Values.OfType<LocalizedText>())
                        {
                            yield return new TextField(t, member.Key, member.Markdown, node);
                        }

                        break;
                }
            }
        }
    }
}
