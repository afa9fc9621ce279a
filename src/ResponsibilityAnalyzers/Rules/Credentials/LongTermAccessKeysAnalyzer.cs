using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ResponsibilityAnalyzers.Core;
using ResponsibilityAnalyzers.Model;
using Keys = ResponsibilityAnalyzers.Core.Credentials;

namespace ResponsibilityAnalyzers.Rules.Credentials;

/// <summary>
/// SRM6002: BasicAWSCredentials, or an AWS constructor taking awsAccessKeyId and awsSecretAccessKey without a
/// session token, whose secret key is read from configuration: an IConfiguration indexer, GetValue, GetSection(…).Value,
/// GetConnectionString, Environment.GetEnvironmentVariable or ConfigurationManager.AppSettings. Temporary keys
/// (SessionAWSCredentials, overloads with awsSessionToken) are not reported. No fix: the remedy is a role.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class LongTermAccessKeysAnalyzer : ResponsibilityAnalyzer
{
    public LongTermAccessKeysAnalyzer()
        : base(Descriptors.SRM6002_LongTermAccessKeys)
    {
    }

    private protected override void Register(CompilationStartAnalysisContext context, AwsTypes types)
    {
        var sources = new ConfigurationSources(types);
        context.RegisterOperationAction(
            operation =>
            {
                var creation = (IObjectCreationOperation)operation.Operation;
                if (Keys.SecretKey(creation.Constructor, creation.Arguments) is not { } secret
                    || Keys.TakesSessionToken(creation.Constructor!)
                    || Values.Leaves(secret.Value).Select(sources.Describe).FirstOrDefault(source => source is not null) is not { } source
                    || ClientEndpoints.For(types).IsNotAws(creation, operation.Options))
                {
                    return;
                }

                var type = creation.Constructor!.ContainingType;
                operation.ReportDiagnostic(Descriptors.SRM6002_LongTermAccessKeys.Create(
                    creation.Syntax.GetLocation(),
                    ResponsibilityModel.ServiceOf(type.ContainingNamespace?.ToDisplayString() ?? string.Empty),
                    $"new {type.Name}(…) signs with an access key pair read from {source}, the long-term keys of an IAM user, which do not expire; run under a role, an instance profile or IAM Identity Center and let the SDK's default credential chain fetch temporary credentials"));
            },
            OperationKind.ObjectCreation);
    }

    /// <summary>Where configuration values come from, by symbol.</summary>
    private sealed class ConfigurationSources
    {
        private readonly INamedTypeSymbol? _configuration;
        private readonly INamedTypeSymbol? _section;
        private readonly INamedTypeSymbol? _binder;
        private readonly INamedTypeSymbol? _extensions;
        private readonly INamedTypeSymbol? _configurationManager;
        private readonly INamedTypeSymbol? _environment;

        public ConfigurationSources(AwsTypes types)
        {
            _configuration = types[AwsType.IConfiguration];
            _section = types[AwsType.IConfigurationSection];
            _binder = types[AwsType.ConfigurationBinder];
            _extensions = types[AwsType.ConfigurationExtensions];
            _configurationManager = types[AwsType.ConfigurationManager];
            _environment = types[AwsType.Environment];
        }

        /// <summary>"configuration", "an environment variable", "ConfigurationManager.AppSettings"; null for any other value.</summary>
        public string? Describe(IOperation leaf) => leaf switch
        {
            IPropertyReferenceOperation { Property.IsIndexer: true, Instance: IPropertyReferenceOperation { Property: { Name: "AppSettings", IsStatic: true } appSettings } }
                when Is(appSettings.ContainingType, _configurationManager) => "ConfigurationManager.AppSettings",
            IPropertyReferenceOperation { Property.IsIndexer: true, Instance: { } instance } when IsConfiguration(instance.Type) => "configuration",
            IPropertyReferenceOperation { Property.Name: "Value", Instance: { } section } when Implements(section.Type, _section) => "configuration",
            IInvocationOperation { TargetMethod: var method } when Is(method.ContainingType, _binder) || Is(method.ContainingType, _extensions) || IsConfiguration(method.ContainingType) => "configuration",
            IInvocationOperation { TargetMethod: { Name: "GetEnvironmentVariable" } method } when Is(method.ContainingType, _environment) => "an environment variable",
            _ => null,
        };

        private bool IsConfiguration(ITypeSymbol? type) => Implements(type, _configuration);

        private static bool Is(ITypeSymbol? type, INamedTypeSymbol? expected) => type is not null && SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, expected);

        private static bool Implements(ITypeSymbol? type, INamedTypeSymbol? contract) =>
            contract is not null && type is not null && (Is(type, contract) || type.AllInterfaces.Any(i => Is(i, contract)));
    }
}
