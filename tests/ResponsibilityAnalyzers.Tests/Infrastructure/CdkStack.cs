using System.Linq;

namespace ResponsibilityAnalyzers.Tests.Infrastructure;

/// <summary>
/// The scaffolding every CDK test file repeats: the usings and a stack whose constructor holds the code under test. A
/// test writes only the statements (with their markup); the same call on the fixed statements gives the fixed file.
/// <see cref="SourceCorpus"/> rebuilds the file from a call whose arguments are constants (an interpolated body is left
/// out of the corpus), so the meta-tests still see every scaffolded source.
/// </summary>
public static class CdkStack
{
    /// <summary>
    /// <c>class AppStack : Stack</c> whose constructor takes the scope and <paramref name="parameters"/> (<c>"IVpc vpc"</c>)
    /// and runs <paramref name="body"/>, with <c>using Amazon.CDK;</c>, <c>using Constructs;</c> and one
    /// <c>using Amazon.CDK.AWS.X;</c> per module in <paramref name="modules"/> (<c>"S3"</c>, <c>"RDS, EC2"</c>).
    /// </summary>
    public static string Of(string modules, string body, string parameters = "")
    {
        var usings = new[] { "Amazon.CDK" }
            .Concat(modules.Split(',').Select(module => module.Trim()).Where(module => module.Length > 0).Select(module => "Amazon.CDK.AWS." + module))
            .Append("Constructs")
            .Select(ns => $"using {ns};\n");
        var statements = string.Concat(body.Replace("\r\n", "\n").Split('\n').Select(line => line.Length == 0 ? "\n" : "        " + line + "\n"));
        return string.Concat(usings)
            + "\n"
            + "class AppStack : Stack\n"
            + "{\n"
            + $"    AppStack(Construct scope{(parameters.Length == 0 ? string.Empty : ", " + parameters)}) : base(scope, \"App\")\n"
            + "    {\n"
            + statements
            + "    }\n"
            + "}\n";
    }
}
