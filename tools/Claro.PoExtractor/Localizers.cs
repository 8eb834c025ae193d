using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Claro.PoExtractor;

/// <summary>A localizer, and the <c>msgctxt</c> its strings are looked up under: null for the site's shared strings.</summary>
internal sealed record Localizer(string? Context);

/// <summary>
/// Tells, from the syntax alone, which expressions are localizers: a parameter, local, field or property declared
/// as <c>IStringLocalizer</c>, <c>IStringLocalizer&lt;T&gt;</c> (likewise the HTML and view localizers) or as a class
/// of the code that implements one; a local initialised from a localizer; a new instance of such a class.
/// Strings of <c>IStringLocalizer&lt;SiteText&gt;</c> are the site's shared strings and have no context; a localizer
/// of another type looks its strings up under that type's full name first, as the PO localizer does.
/// </summary>
internal sealed class Localizers
{
    /// <summary>The type whose localizer holds the strings every page shares, without a <c>msgctxt</c>.</summary>
    public const string SharedType = "SiteText";

    private static readonly HashSet<string> Interfaces = ["IStringLocalizer", "IHtmlLocalizer", "IViewLocalizer"];

    private readonly HashSet<string> _types = [.. Interfaces];
    private readonly Dictionary<string, string> _fullNames = [];
    private readonly Dictionary<string, Localizer> _members = [];

    private Localizers()
    {
    }

    /// <summary>Learns the localizer types and the localizer fields and properties that <paramref name="trees"/> declare.</summary>
    public static Localizers Of(IReadOnlyCollection<SyntaxTree> trees)
    {
        var localizers = new Localizers();
        var types = trees.SelectMany(t => t.GetRoot().DescendantNodes().OfType<BaseTypeDeclarationSyntax>()).ToList();
        foreach (var type in types)
        {
            localizers._fullNames.TryAdd(type.Identifier.ValueText, FullName(type));
        }

        // A class that implements a localizer, or derives from one that does, is a localizer.
        for (var learned = true; learned;)
        {
            learned = false;
            foreach (var type in types)
            {
                if (type.BaseList is { } bases && bases.Types.Any(b => localizers.OfType(b.Type) is not null))
                {
                    learned |= localizers._types.Add(type.Identifier.ValueText);
                }
            }
        }

        foreach (var member in trees.SelectMany(t => t.GetRoot().DescendantNodes().OfType<MemberDeclarationSyntax>()))
        {
            foreach (var (name, type) in Declared(member))
            {
                if (localizers.OfType(type) is { } localizer)
                {
                    localizers._members.TryAdd(name, localizer);
                }
            }
        }

        return localizers;
    }

    /// <summary>Whether a type of the code is a localizer itself, whose members pass keys on rather than use them.</summary>
    public bool IsLocalizerType(BaseTypeDeclarationSyntax type) => _types.Contains(type.Identifier.ValueText);

    /// <summary>The localizer <paramref name="expression"/> is, or null when it is none.</summary>
    public Localizer? Of(ExpressionSyntax expression) => expression switch
    {
        ParenthesizedExpressionSyntax parenthesized => Of(parenthesized.Expression),
        CastExpressionSyntax cast => OfType(cast.Type),
        ObjectCreationExpressionSyntax creation => OfType(creation.Type),
        IdentifierNameSyntax identifier => OfName(identifier, identifier.Identifier.ValueText),
        MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax or BaseExpressionSyntax } access => OfName(access, access.Name.Identifier.ValueText),
        MemberAccessExpressionSyntax access => _members.GetValueOrDefault(access.Name.Identifier.ValueText),
        _ => null,
    };

    /// <summary>The localizer a declared type is, or null when it is none.</summary>
    public Localizer? OfType(TypeSyntax? type) => type switch
    {
        NullableTypeSyntax nullable => OfType(nullable.ElementType),
        QualifiedNameSyntax qualified => OfType(qualified.Right),
        AliasQualifiedNameSyntax alias => OfType(alias.Name),
        GenericNameSyntax { TypeArgumentList.Arguments: [var of] } generic when Interfaces.Contains(generic.Identifier.ValueText) => new Localizer(ContextOf(of)),
        SimpleNameSyntax simple when _types.Contains(simple.Identifier.ValueText) => new Localizer(null),
        _ => null,
    };

    /// <summary>Finds the nearest declaration of <paramref name="name"/> seen from <paramref name="use"/>: a local, a parameter, a member.</summary>
    private Localizer? OfName(SyntaxNode use, string name)
    {
        foreach (var scope in use.Ancestors())
        {
            if (DeclaredIn(scope, name) is { } declaration)
            {
                return declaration.Type is { IsVar: true }
                    ? declaration.Initializer is { } initializer && !initializer.Span.Contains(use.Span) ? Of(initializer) : null
                    : OfType(declaration.Type);
            }
        }

        // Not declared in sight: a member inherited from another class, such as a view's injected localizer.
        return _members.GetValueOrDefault(name);
    }

    private static Declaration? DeclaredIn(SyntaxNode scope, string name)
    {
        var parameters = scope switch
        {
            BaseMethodDeclarationSyntax method => method.ParameterList.Parameters,
            LocalFunctionStatementSyntax function => function.ParameterList.Parameters,
            ParenthesizedLambdaExpressionSyntax lambda => lambda.ParameterList.Parameters,
            SimpleLambdaExpressionSyntax lambda => SyntaxFactory.SingletonSeparatedList(lambda.Parameter),
            AnonymousMethodExpressionSyntax { ParameterList: { } list } => list.Parameters,
            TypeDeclarationSyntax { ParameterList: { } list } => list.Parameters,
            _ => default,
        };
        if (parameters.FirstOrDefault(p => p.Identifier.ValueText == name) is { } parameter)
        {
            return new Declaration(parameter.Type, null);
        }

        var statements = scope switch
        {
            BlockSyntax block => block.Statements,
            SwitchSectionSyntax section => section.Statements,
            CompilationUnitSyntax unit => [.. unit.Members.OfType<GlobalStatementSyntax>().Select(g => g.Statement)],
            _ => default(SyntaxList<StatementSyntax>),
        };
        foreach (var local in statements.OfType<LocalDeclarationStatementSyntax>())
        {
            if (local.Declaration.Variables.FirstOrDefault(v => v.Identifier.ValueText == name) is { } variable)
            {
                return new Declaration(local.Declaration.Type, variable.Initializer?.Value);
            }
        }

        if (scope is TypeDeclarationSyntax type)
        {
            foreach (var member in type.Members)
            {
                if (Declared(member).FirstOrDefault(d => d.Name == name) is { Type: { } memberType })
                {
                    return new Declaration(memberType, null);
                }
            }
        }

        return null;
    }

    private static IEnumerable<(string Name, TypeSyntax Type)> Declared(MemberDeclarationSyntax member) => member switch
    {
        PropertyDeclarationSyntax property => [(property.Identifier.ValueText, property.Type)],
        BaseFieldDeclarationSyntax field => field.Declaration.Variables.Select(v => (v.Identifier.ValueText, field.Declaration.Type)),
        _ => [],
    };

    private string? ContextOf(TypeSyntax type)
    {
        var name = type switch
        {
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            _ => type.ToString(),
        };
        if (name == SharedType)
        {
            return null;
        }

        return type is QualifiedNameSyntax ? type.ToString().Replace("global::", "", StringComparison.Ordinal) : _fullNames.GetValueOrDefault(name, name);
    }

    /// <summary>The name <c>Type.FullName</c> gives at run time: namespaces joined by '.', nested types by '+'.</summary>
    private static string FullName(BaseTypeDeclarationSyntax type)
    {
        var name = type.Identifier.ValueText;
        foreach (var ancestor in type.Ancestors())
        {
            name = ancestor switch
            {
                BaseTypeDeclarationSyntax outer => $"{outer.Identifier.ValueText}+{name}",
                BaseNamespaceDeclarationSyntax space => $"{space.Name}.{name}",
                _ => name,
            };
        }

        return name;
    }

    private sealed record Declaration(TypeSyntax? Type, ExpressionSyntax? Initializer);
}
