using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using ResponsibilityAnalyzers.Core;

namespace ResponsibilityAnalyzers.CodeFixes.Core;

/// <summary>
/// Builds the call an <see cref="EditKind.InsertCall"/> edit inserts, from its facts: the operation on the client of the
/// SDK call at the place, waited for as that call is (<c>await</c>, <c>.GetAwaiter().GetResult()</c> or the synchronous
/// method) and passed its cancellation token; the request a new object of the request type with the settings (each
/// nested object created, its type read from the property); with a retry, the loop that repeats it until accepted.
/// Types are written fully qualified and marked for the simplifier, which shortens them to the file's usings.
/// </summary>
internal static class FollowUpCalls
{
    /// <summary>The statement to insert (a retry headed by its note, ending with <paramref name="newLine"/>); null when the code or the compilation no longer has what the facts name.</summary>
    public static StatementSyntax? Build(SyntaxGenerator generator, Compilation compilation, InvocationExpressionSyntax call, Edit edit, SyntaxTrivia newLine)
    {
        if (edit.Member is not { } operation || edit.Value?.Text is null || compilation.GetTypeByMetadataName(edit.Value.Text) is not { } requestType
            || !System.Enum.TryParse<CallForm>(edit.Form, out var form) || form == CallForm.NotWaited
            || New(generator, requestType, edit.Settings) is not { } request)
        {
            return null;
        }

        var token = edit.Argument is { } position && position < call.ArgumentList.Arguments.Count ? call.ArgumentList.Arguments[position].Expression.WithoutTrivia() : null;
        var name = form == CallForm.Synchronous ? operation : operation + "Async";
        var method = call.Expression is MemberAccessExpressionSyntax access
            ? generator.MemberAccessExpression(access.Expression.WithoutTrivia(), name)
            : generator.IdentifierName(name);
        var invocation = generator.InvocationExpression(method, token is null || form == CallForm.Synchronous ? new[] { request } : new[] { request, token });
        var statement = (StatementSyntax)generator.ExpressionStatement(Waited(generator, invocation, form));
        if (edit.Retry is not { } retry)
        {
            return statement;
        }

        return Retrying(generator, compilation, statement, retry, form == CallForm.Awaited ? token : null, form == CallForm.Awaited)
            ?.WithLeadingTrivia(SyntaxFactory.Comment("// " + retry.Note), newLine);
    }

    private static SyntaxNode Waited(SyntaxGenerator generator, SyntaxNode invocation, CallForm form) => form switch
    {
        CallForm.Awaited => generator.AwaitExpression(invocation),
        CallForm.Blocked => generator.InvocationExpression(generator.MemberAccessExpression(generator.InvocationExpression(generator.MemberAccessExpression(invocation, "GetAwaiter")), "GetResult")),
        _ => invocation,
    };

    /// <summary><c>new T { A = …, B = new U { C = … } }</c> for the settings (paths <c>A</c>, <c>B.C</c>), in their order; null when a property is not there.</summary>
    private static ExpressionSyntax? New(SyntaxGenerator generator, ITypeSymbol type, IEnumerable<(string Path, string Value)> settings)
    {
        var members = new List<(string Property, ExpressionSyntax Value)>();
        foreach (var group in settings.GroupBy(setting => setting.Path.Split('.')[0]))
        {
            ExpressionSyntax? value;
            var nested = group.Where(setting => setting.Path.Contains('.')).Select(setting => (setting.Path.Substring(setting.Path.IndexOf('.') + 1), setting.Value)).ToList();
            if (nested.Count == 0)
            {
                value = SyntaxFactory.ParseExpression(group.Last().Value);
            }
            else
            {
                value = Property(type, group.Key) is { } property ? New(generator, property.Type, nested) : null;
            }

            if (value is null)
            {
                return null;
            }

            members.Add((group.Key, value));
        }

        return ObjectInitializers.Add(SyntaxFactory.ObjectCreationExpression((TypeSyntax)generator.TypeExpression(type)), members);
    }

    private static IPropertySymbol? Property(ITypeSymbol type, string name)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.GetMembers(name).OfType<IPropertySymbol>().FirstOrDefault() is { } property)
            {
                return property;
            }
        }

        return null;
    }

    /// <summary>
    /// <code>
    /// // note
    /// for (var attempt = 1; ; attempt++)
    /// {
    ///     try { call; break; }
    ///     catch (Catch exception) when (attempt &lt; Attempts &amp;&amp; (exception is When1 || exception is When2)) { pause; }
    /// }
    /// </code>
    /// The pause is an awaited <c>Task.Delay</c> in awaited code, else <c>Thread.Sleep</c>.
    /// </summary>
    private static StatementSyntax? Retrying(SyntaxGenerator generator, Compilation compilation, StatementSyntax call, Retry retry, ExpressionSyntax? token, bool awaited)
    {
        if (compilation.GetTypeByMetadataName(retry.Catch) is not { } caught
            || retry.When.Select(compilation.GetTypeByMetadataName).ToList() is var accepted && accepted.Any(type => type is null)
            || compilation.GetTypeByMetadataName(awaited ? "System.Threading.Tasks.Task" : "System.Threading.Thread") is not { } pauser
            || compilation.GetTypeByMetadataName("System.TimeSpan") is not { } timeSpan)
        {
            return null;
        }

        var attempt = SyntaxFactory.IdentifierName(retry.AttemptName);
        var exception = SyntaxFactory.IdentifierName(retry.ExceptionName);
        var seconds = generator.InvocationExpression(generator.MemberAccessExpression(generator.TypeExpression(timeSpan), "FromSeconds"), generator.LiteralExpression(retry.PauseSeconds));
        var pause = generator.InvocationExpression(
            generator.MemberAccessExpression(generator.TypeExpression(pauser), awaited ? "Delay" : "Sleep"),
            token is null ? new[] { seconds } : new[] { seconds, token });
        var kinds = accepted.Select(type => (ExpressionSyntax)generator.IsTypeExpression(exception, type!)).ToList();
        var anyKind = kinds.Skip(1).Aggregate(kinds.FirstOrDefault(), (either, next) => SyntaxFactory.BinaryExpression(SyntaxKind.LogicalOrExpression, either!, next));
        var condition = (ExpressionSyntax)generator.LessThanExpression(attempt, generator.LiteralExpression(retry.Attempts));
        if (anyKind is not null)
        {
            condition = SyntaxFactory.BinaryExpression(SyntaxKind.LogicalAndExpression, condition, kinds.Count > 1 ? SyntaxFactory.ParenthesizedExpression(anyKind) : anyKind);
        }

        var attempts = SyntaxFactory.TryStatement(
            SyntaxFactory.Block(call, SyntaxFactory.BreakStatement()),
            SyntaxFactory.SingletonList(SyntaxFactory.CatchClause(
                SyntaxFactory.CatchDeclaration((TypeSyntax)generator.TypeExpression(caught), SyntaxFactory.Identifier(retry.ExceptionName)),
                SyntaxFactory.CatchFilterClause(condition),
                SyntaxFactory.Block((StatementSyntax)generator.ExpressionStatement(awaited ? generator.AwaitExpression(pause) : pause)))),
            null);
        return SyntaxFactory.ForStatement(
                SyntaxFactory.VariableDeclaration(
                    SyntaxFactory.IdentifierName("var"),
                    SyntaxFactory.SingletonSeparatedList(SyntaxFactory.VariableDeclarator(retry.AttemptName).WithInitializer(SyntaxFactory.EqualsValueClause((ExpressionSyntax)generator.LiteralExpression(1))))),
                default,
                null,
                SyntaxFactory.SingletonSeparatedList<ExpressionSyntax>(SyntaxFactory.PostfixUnaryExpression(SyntaxKind.PostIncrementExpression, attempt)),
                SyntaxFactory.Block(attempts));
    }
}
