using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using ResponsibilityAnalyzers.Core;
using ResponsibilityAnalyzers.Model;

namespace ResponsibilityAnalyzers.Report;

/// <summary>
/// One project, analyzed as the build analyzes it: its compilation, the package's analyzers with the project's own
/// .editorconfig/.globalconfig options, suppressed findings included, and what the code uses of the AWS SDK.
/// </summary>
internal sealed class ProjectAnalysis
{
    /// <summary>Every analyzer of the package, from its assembly: the same set the NuGet package ships.</summary>
    public static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = typeof(Descriptors).Assembly.GetTypes()
        .Where(type => !type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type)
            && type.GetCustomAttributes<DiagnosticAnalyzerAttribute>().Any(attribute => attribute.Languages.Contains(LanguageNames.CSharp)))
        .OrderBy(type => type.FullName, StringComparer.Ordinal)
        .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!)
        .ToImmutableArray();

    private readonly Project _project;
    private readonly string _root;
    private readonly Dictionary<SyntaxTree, SemanticModel> _models = new();
    private Compilation _compilation = null!;

    public ProjectAnalysis(Project project, string root)
    {
        _project = project;
        _root = root;
    }

    public async Task<ProjectReport> RunAsync(CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var report = new ProjectReport(_project.Name, _project.FilePath ?? _project.Name);
        if (_project.Language != LanguageNames.CSharp)
        {
            report.Error = $"a {_project.Language} project: the rules read C# only";
            return report;
        }

        var compilation = await _project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
        if (compilation is null)
        {
            report.Error = "the project gave no compilation";
            return report;
        }

        _compilation = compilation;
        var errors = compilation.GetDiagnostics(cancellationToken).Count(d => d.Severity == DiagnosticSeverity.Error);
        if (errors > 0)
        {
            report.LoadWarnings.Add($"the code does not compile ({errors} error{(errors == 1 ? string.Empty : "s")}, the first: {compilation.GetDiagnostics(cancellationToken).First(d => d.Severity == DiagnosticSeverity.Error)}); findings may be missing");
        }

        var options = _project.AnalyzerOptions;
        report.SkippedTestProject = SrmOptions.IsSkippedTestProject(options);

        var uses = Inventory(report, cancellationToken);
        report.UsesAwsSdk = compilation.ReferencedAssemblyNames.Any(assembly => assembly.Name.StartsWith("AWSSDK.", StringComparison.Ordinal))
            || uses.Count > 0;

        var diagnostics = await compilation
            .WithAnalyzers(Analyzers, new CompilationWithAnalyzersOptions(options, onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: true))
            .GetAnalyzerDiagnosticsAsync(cancellationToken)
            .ConfigureAwait(false);

        var findings = new List<Finding>();
        var waivers = new List<Waiver>();
        foreach (var diagnostic in diagnostics.OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal).ThenBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Id, StringComparer.Ordinal))
        {
            if (diagnostic.Id == "AD0001")
            {
                report.LoadWarnings.Add("an analyzer failed: " + diagnostic.GetMessage());
                continue;
            }

            var rule = Descriptors.All.FirstOrDefault(r => r.Id == diagnostic.Id);
            if (rule is null || diagnostic.Severity == DiagnosticSeverity.Hidden)
            {
                continue;
            }

            var finding = ToFinding(rule, diagnostic, cancellationToken);
            if (rule.Duty == Duty.Governance)
            {
                // A waived governance finding waives no duty of a service: it is left out, as the build leaves it out of its warnings.
                if (!diagnostic.IsSuppressed)
                {
                    report.Governance.Add(finding);
                }
            }
            else if (diagnostic.IsSuppressed)
            {
                waivers.Add(ToWaiver(finding, diagnostic, cancellationToken));
            }
            else
            {
                findings.Add(finding);
            }
        }

        var declarations = DeclarationsInForce(options, compilation);
        var services = ResponsibilityModel.Services
            .Where(service => uses.ContainsKey(service) || findings.Concat(waivers.Select(w => w.Finding)).Any(f => f.Service == service))
            .ToList();
        if (findings.Concat(waivers.Select(w => w.Finding)).Any(f => f.Service == ResponsibilityModel.AnyService))
        {
            services.Add(ResponsibilityModel.AnyService);
        }

        foreach (var service in services)
        {
            uses.TryGetValue(service, out var use);
            report.Rows.Add(new ServiceRow(service, use, Matrix.CellsOf(service, findings, waivers, declarations, rule => report.SkippedTestProject || IsOff(rule, compilation, options, cancellationToken), key => IsSet(key, options, compilation))));
        }

        report.Elapsed = stopwatch.Elapsed;
        return report;
    }

    /// <summary>Which services the code uses: SDK clients and requests it creates, SDK methods it calls, CDK constructs it declares.</summary>
    private Dictionary<AwsService, ServiceUse> Inventory(ProjectReport report, CancellationToken cancellationToken)
    {
        var uses = new Dictionary<AwsService, ServiceUse>();
        foreach (var tree in _compilation.SyntaxTrees)
        {
            var root = tree.GetRoot(cancellationToken);

            // Stand-ins (code that declares the SDK's own namespaces) describe the SDK; they do not use it.
            if (root.DescendantNodes().OfType<BaseNamespaceDeclarationSyntax>().Any(ns => ns.Name.ToString().StartsWith("Amazon", StringComparison.Ordinal)))
            {
                continue;
            }

            foreach (var node in root.DescendantNodes())
            {
                if (node is not (BaseObjectCreationExpressionSyntax or InvocationExpressionSyntax))
                {
                    continue;
                }

                var symbol = Model(tree).GetSymbolInfo(node, cancellationToken).Symbol as IMethodSymbol;
                if (symbol?.ContainingType is not { } type || !IsSdkType(type))
                {
                    continue;
                }

                // A call names its service where the namespace is shared: IAmazonEC2.CreateVolumeAsync is EBS.
                var evidence = symbol.MethodKind == MethodKind.Constructor ? type.Name : $"{type.Name}.{symbol.Name}";
                var service = symbol.MethodKind == MethodKind.Constructor
                    ? ServiceOf(type)
                    : ResponsibilityModel.ServiceOfType(type.ContainingNamespace?.ToDisplayString() ?? string.Empty, evidence) ?? ServiceOf(type);
                if (service is null)
                {
                    var ns = type.ContainingNamespace?.ToDisplayString() ?? string.Empty;
                    if (!ns.StartsWith("Amazon.Runtime", StringComparison.Ordinal) && !ns.StartsWith("Amazon.Util", StringComparison.Ordinal)
                        && !ns.StartsWith("Amazon.Extensions", StringComparison.Ordinal) && ns != "Amazon" && ns != "Amazon.CDK")
                    {
                        report.OtherAwsNamespaces.Add(ns.EndsWith(".Model", StringComparison.Ordinal) ? ns.Substring(0, ns.Length - ".Model".Length) : ns);
                    }

                    continue;
                }

                if (!uses.TryGetValue(service, out var use))
                {
                    uses[service] = use = new ServiceUse(service);
                }

                use.Evidence[evidence] = use.Evidence.TryGetValue(evidence, out var count) ? count + 1 : 1;
                use.First ??= Place(node.GetLocation());
            }
        }

        return uses;
    }

    /// <summary>A type of the AWS SDK or of the AWS CDK (its constructs): from an AWSSDK.* assembly or Amazon.CDK.Lib, or declared in source under Amazon.* (the samples' stand-ins).</summary>
    private static bool IsSdkType(INamedTypeSymbol type) =>
        type.ContainingNamespace?.ToDisplayString() is { } ns && (ns == "Amazon" || ns.StartsWith("Amazon.", StringComparison.Ordinal))
        && (type.ContainingAssembly?.Name is { } assembly && (assembly.StartsWith("AWSSDK.", StringComparison.Ordinal) || assembly == "Amazon.CDK.Lib")
            || type.Locations.Any(location => location.IsInSource));

    /// <summary>The service of an SDK type, or of the SDK type it derives from (AmazonS3EncryptionClientV4 is an AmazonS3Client).</summary>
    private static AwsService? ServiceOf(ITypeSymbol type)
    {
        for (ITypeSymbol? current = type; current is not null; current = current.BaseType)
        {
            if (ResponsibilityModel.ServiceOfType(current.ContainingNamespace?.ToDisplayString() ?? string.Empty, current.Name) is { } service)
            {
                return service;
            }
        }

        return null;
    }

    private Finding ToFinding(Rule rule, Diagnostic diagnostic, CancellationToken cancellationToken) =>
        new(rule, Severity(diagnostic.Severity), Place(diagnostic.Location), diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), Excerpt(diagnostic.Location), ServiceOf(diagnostic, cancellationToken));

    private static string Severity(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "info",
    };

    /// <summary>
    /// The service a finding is about: the one its message names ("S3 is an abstracted service: …"); for rules about
    /// every client ("For every AWS service: …"), the SDK type nearest the finding in its statement.
    /// </summary>
    private AwsService ServiceOf(Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var message = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        var named = ResponsibilityModel.Services.FirstOrDefault(service => message.StartsWith(ResponsibilityModel.Subject(service) + ":", StringComparison.Ordinal));
        if (named is not null)
        {
            return named;
        }

        if (diagnostic.Location.SourceTree is { } tree && _compilation.ContainsSyntaxTree(tree))
        {
            var model = Model(tree);
            for (SyntaxNode? node = tree.GetRoot(cancellationToken).FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true); node is not null; node = node.Parent)
            {
                var type = model.GetTypeInfo(node, cancellationToken).Type as INamedTypeSymbol
                    ?? model.GetSymbolInfo(node, cancellationToken).Symbol?.ContainingType;
                if (type is not null && IsSdkType(type) && ServiceOf(type) is { } service)
                {
                    return service;
                }

                if (node is StatementSyntax or MemberDeclarationSyntax)
                {
                    break;
                }
            }
        }

        return ResponsibilityModel.AnyService;
    }

    /// <summary>How the finding is suppressed, the reason given, where, and who wrote the suppression (git blame).</summary>
    private Waiver ToWaiver(Finding finding, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        if (diagnostic.GetSuppressionInfo(_compilation)?.Attribute is { } attribute)
        {
            var justification = attribute.NamedArguments.FirstOrDefault(argument => argument.Key == "Justification").Value.Value as string;
            var at = attribute.ApplicationSyntaxReference is { } reference ? Place(reference.GetSyntax(cancellationToken).GetLocation()) : null;
            return new Waiver(finding, $"[{attribute.AttributeClass?.Name}]", Justified(justification), at, Git.Author(at));
        }

        if (diagnostic.Location.SourceTree is { } tree && Pragma(tree, diagnostic.Id, diagnostic.Location.SourceSpan.Start, cancellationToken) is { } pragma)
        {
            var comment = string.Join(" ", pragma.DescendantTrivia().Where(t => t.IsKind(SyntaxKind.SingleLineCommentTrivia)).Select(t => t.ToString().Substring(2).Trim()));
            var at = Place(pragma.GetLocation());
            return new Waiver(finding, "#pragma warning disable", Justified(comment), at, Git.Author(at));
        }

        return new Waiver(finding, "a suppressor", null, null, null);
    }

    private static string? Justified(string? text) => string.IsNullOrWhiteSpace(text) || text!.Trim() == "<Pending>" ? null : text.Trim();

    /// <summary>The last <c>#pragma warning disable</c> before <paramref name="position"/> that covers <paramref name="id"/> and is not restored.</summary>
    private static PragmaWarningDirectiveTriviaSyntax? Pragma(SyntaxTree tree, string id, int position, CancellationToken cancellationToken)
    {
        PragmaWarningDirectiveTriviaSyntax? open = null;
        foreach (var trivia in tree.GetRoot(cancellationToken).DescendantTrivia(descendIntoTrivia: true))
        {
            if (trivia.SpanStart >= position)
            {
                break;
            }

            if (trivia.GetStructure() is PragmaWarningDirectiveTriviaSyntax pragma
                && (pragma.ErrorCodes.Count == 0 || pragma.ErrorCodes.Any(code => code.ToString().Trim() == id)))
            {
                open = pragma.DisableOrRestoreKeyword.IsKind(SyntaxKind.DisableKeyword) ? pragma : null;
            }
        }

        return open;
    }

    /// <summary>Whether the project's configuration turns <paramref name="rule"/> off everywhere (NoWarn, severity none by id or by duty).</summary>
    private static bool IsOff(Rule rule, Compilation compilation, AnalyzerOptions options, CancellationToken cancellationToken)
    {
        if (compilation.Options.SpecificDiagnosticOptions.TryGetValue(rule.Id, out var specific))
        {
            return specific == ReportDiagnostic.Suppress;
        }

        if (!rule.Descriptor.IsEnabledByDefault)
        {
            return true;
        }

        var provider = compilation.Options.SyntaxTreeOptionsProvider;
        var categoryKey = $"dotnet_analyzer_diagnostic.category-{rule.Descriptor.Category}.severity";
        var global = provider?.TryGetGlobalDiagnosticValue(rule.Id, cancellationToken, out var globalValue) == true ? globalValue : (ReportDiagnostic?)null;
        var trees = compilation.SyntaxTrees.Where(tree => !tree.FilePath.EndsWith(".g.cs", StringComparison.OrdinalIgnoreCase)).ToArray();
        if (trees.Length == 0)
        {
            return false;
        }

        return trees.All(tree =>
        {
            if (provider?.TryGetDiagnosticValue(tree, rule.Id, cancellationToken, out var value) == true)
            {
                return value == ReportDiagnostic.Suppress;
            }

            if (global is { } set)
            {
                return set == ReportDiagnostic.Suppress;
            }

            return (options.AnalyzerConfigOptionsProvider.GetOptions(tree).TryGetValue(categoryKey, out var category)
                    || options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(categoryKey, out category))
                && category.Trim().Equals("none", StringComparison.OrdinalIgnoreCase);
        });
    }

    /// <summary>Whether <paramref name="key"/> is written in .globalconfig or in the .editorconfig options of any file of the project.</summary>
    private static bool IsSet(string key, AnalyzerOptions options, Compilation compilation) =>
        options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(key, out _)
        || compilation.SyntaxTrees.Any(tree => options.AnalyzerConfigOptionsProvider.GetOptions(tree).TryGetValue(key, out _));

    /// <summary>The options of <see cref="ResponsibilityModel.Declarations"/> the project sets: switches set to true, lists that are not empty.</summary>
    private static List<DeclarationInForce> DeclarationsInForce(AnalyzerOptions options, Compilation compilation)
    {
        var found = new List<DeclarationInForce>();
        foreach (var declaration in ResponsibilityModel.Declarations)
        {
            string? value = null;
            if (options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(declaration.OptionKey, out var global))
            {
                value = global;
            }
            else
            {
                foreach (var tree in compilation.SyntaxTrees)
                {
                    if (options.AnalyzerConfigOptionsProvider.GetOptions(tree).TryGetValue(declaration.OptionKey, out var local))
                    {
                        value = local;
                        break;
                    }
                }
            }

            value = value?.Trim();
            if (string.IsNullOrEmpty(value) || !SrmOptions.All.Any(option => option.Key == declaration.OptionKey && option.IsValid(value!)))
            {
                continue;
            }

            if (declaration.CoversDuty ? bool.TryParse(value, out var on) && on : !value!.Equals("none", StringComparison.OrdinalIgnoreCase))
            {
                found.Add(new DeclarationInForce(declaration, value!));
            }
        }

        return found;
    }

    private SemanticModel Model(SyntaxTree tree)
    {
        if (!_models.TryGetValue(tree, out var model))
        {
            _models[tree] = model = _compilation.GetSemanticModel(tree);
        }

        return model;
    }

    private SourcePlace? Place(Location location)
    {
        var span = location.GetLineSpan();
        if (!span.IsValid || string.IsNullOrEmpty(span.Path))
        {
            return null;
        }

        var full = Path.GetFullPath(span.Path);
        return new SourcePlace(full, Path.GetRelativePath(_root, full).Replace('\\', '/'), span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1);
    }

    /// <summary>The finding's line with one line either side, as the code reads.</summary>
    private static string Excerpt(Location location)
    {
        var span = location.GetLineSpan();
        if (!span.IsValid)
        {
            return string.Empty;
        }

        string[] lines;
        if (location.SourceTree is { } tree)
        {
            lines = tree.GetText().Lines.Select(line => line.ToString()).ToArray();
        }
        else if (File.Exists(span.Path))
        {
            lines = File.ReadAllLines(span.Path);
        }
        else
        {
            return string.Empty;
        }

        var first = Math.Max(0, span.StartLinePosition.Line - 1);
        var last = Math.Min(lines.Length - 1, span.EndLinePosition.Line + 1);
        var excerpt = lines.Skip(first).Take(last - first + 1).ToArray();
        var indent = excerpt.Where(line => line.Trim().Length > 0).Select(line => line.Length - line.TrimStart().Length).DefaultIfEmpty(0).Min();
        return string.Join("\n", excerpt.Select(line => line.Length >= indent ? line.Substring(indent) : line.TrimStart()));
    }
}
