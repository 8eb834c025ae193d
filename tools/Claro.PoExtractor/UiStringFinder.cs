using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Claro.PoExtractor;

/// <summary>
/// Finds the UI strings of one syntax tree: the text given to a localizer (<c>T["…"]</c>, <c>T["…", args]</c>,
/// <c>T.Plural(n, "…", "…")</c>, <c>T.GetString("…")</c>) and, where the tree's refusals reach the staff pages,
/// the fixed sentences of the refusals it makes (<c>Refusal.Invalid("…")</c>), which the staff layout translates.
/// </summary>
internal sealed class UiStringFinder(Localizers localizers, Func<SyntaxNode, SourceReference> where, bool findsRefusals)
    : CSharpSyntaxWalker
{
    private static readonly HashSet<string> RefusalFactories = ["Invalid", "Forbidden", "NotFound", "Conflict"];

    public List<UiStringUse> Found { get; } = [];

    public List<UnreadKey> Unread { get; } = [];

    /// <summary>A localizer's own code passes its callers' keys on: those are not uses.</summary>
    public override void VisitClassDeclaration(ClassDeclarationSyntax node)
    {
        if (!localizers.IsLocalizerType(node))
        {
            base.VisitClassDeclaration(node);
        }
    }

    /// <summary>An extension method of a localizer, such as <c>Plural</c>, passes its callers' keys on.</summary>
    public override void VisitMethodDeclaration(MethodDeclarationSyntax node)
    {
        if (node.ParameterList.Parameters is not [{ Modifiers: var modifiers, Type: var type }, ..]
            || !modifiers.Any(SyntaxKind.ThisKeyword) || localizers.OfType(type) is null)
        {
            base.VisitMethodDeclaration(node);
        }
    }

    public override void VisitElementAccessExpression(ElementAccessExpressionSyntax node)
    {
        var arguments = node.ArgumentList.Arguments;
        if (arguments.Count >= 1 && localizers.Of(node.Expression) is { } localizer)
        {
            AddKey(localizer, arguments[0].Expression, null, isFormat: arguments.Count > 1);
        }

        base.VisitElementAccessExpression(node);
    }

    public override void VisitInvocationExpression(InvocationExpressionSyntax node)
    {
        var arguments = node.ArgumentList.Arguments;
        if (node.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: var method } access)
        {
            if (method is "Plural" or "GetPlural" && arguments.Count >= 3 && localizers.Of(access.Expression) is { } plural)
            {
                AddKey(plural, arguments[1].Expression, arguments[2].Expression, isFormat: true);
            }
            else if (method is "GetString" && arguments.Count >= 1 && localizers.Of(access.Expression) is { } localizer)
            {
                AddKey(localizer, arguments[0].Expression, null, isFormat: arguments.Count > 1);
            }
            else if (findsRefusals && access.Expression is IdentifierNameSyntax { Identifier.ValueText: "Refusal" } && RefusalFactories.Contains(method) && arguments.Count >= 1)
            {
                AddRefusalTexts(arguments);
            }
            else if (findsRefusals && access.Expression is IdentifierNameSyntax { Identifier.ValueText: "Refusal" } && method == "OverLimit" && arguments.Count >= 2)
            {
                // OverLimit(limit, template, values): the limit's name is for programs; the template is translated with its values.
                AddKey(new Localizer(null), arguments[1].Expression, null, isFormat: true);
            }
        }

        base.VisitInvocationExpression(node);
    }

    public override void VisitObjectCreationExpression(ObjectCreationExpressionSyntax node)
    {
        if (findsRefusals && node.Type is IdentifierNameSyntax { Identifier.ValueText: "Refusal" } && node.ArgumentList is { } list)
        {
            AddRefusalTexts(list.Arguments);
        }

        base.VisitObjectCreationExpression(node);
    }

    /// <summary><c>new(RefusalKind.Invalid, "title", detail)</c>: only a refusal is made from a <c>RefusalKind</c>.</summary>
    public override void VisitImplicitObjectCreationExpression(ImplicitObjectCreationExpressionSyntax node)
    {
        if (findsRefusals && node.ArgumentList.Arguments.Any(a => a.Expression is MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "RefusalKind" } }))
        {
            AddRefusalTexts(node.ArgumentList.Arguments);
        }

        base.VisitImplicitObjectCreationExpression(node);
    }

    private void AddKey(Localizer localizer, ExpressionSyntax key, ExpressionSyntax? plural, bool isFormat)
    {
        var pluralText = plural is null ? null : Constant(plural);
        if (plural is not null && pluralText is null)
        {
            Unread.Add(new UnreadKey(where(plural), plural.ToString()));
            return;
        }

        foreach (var (text, expression) in Leaves(key))
        {
            if (text is null)
            {
                Unread.Add(new UnreadKey(where(expression), expression.ToString()));
            }
            else
            {
                Found.Add(new UiStringUse(localizer.Context, text, pluralText, isFormat, where(expression)));
            }
        }
    }

    /// <summary>A refusal's sentence is shown, translated, as the staff layout finds it; one built with values stays English.</summary>
    private void AddRefusalTexts(SeparatedSyntaxList<ArgumentSyntax> arguments)
    {
        foreach (var argument in arguments)
        {
            foreach (var (text, expression) in Leaves(argument.Expression))
            {
                if (text is { Length: > 0 })
                {
                    Found.Add(new UiStringUse(null, text, null, false, where(expression)));
                }
            }
        }
    }

    /// <summary>The values an expression can have: both branches of a conditional, else the expression itself (text null when not constant).</summary>
    private static IEnumerable<(string? Text, ExpressionSyntax Expression)> Leaves(ExpressionSyntax expression) => expression switch
    {
        ConditionalExpressionSyntax conditional => Leaves(conditional.WhenTrue).Concat(Leaves(conditional.WhenFalse)),
        ParenthesizedExpressionSyntax parenthesized => Leaves(parenthesized.Expression),
        _ => [(Constant(expression), expression)],
    };

    /// <summary>The text of a string literal, of literals joined with <c>+</c>, or of an interpolated string without holes.</summary>
    private static string? Constant(ExpressionSyntax expression) => expression switch
    {
        LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression) => literal.Token.ValueText,
        ParenthesizedExpressionSyntax parenthesized => Constant(parenthesized.Expression),
        BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AddExpression) =>
            Constant(binary.Left) is { } left && Constant(binary.Right) is { } right ? left + right : null,
        InterpolatedStringExpressionSyntax interpolated when interpolated.Contents.All(c => c is InterpolatedStringTextSyntax) =>
            string.Concat(interpolated.Contents.Cast<InterpolatedStringTextSyntax>().Select(t => t.TextToken.ValueText)),
        _ => null,
    };
}
