using System;
using System.IO;

namespace ResponsibilityAnalyzers.Tests.Infrastructure;

/// <summary>The checkout the tests run from: docs, README and samples are checked against the code.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    public static string Read(params string[] parts) => File.ReadAllText(Path(parts));

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "ResponsibilityAnalyzers.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("ResponsibilityAnalyzers.sln not found above " + AppContext.BaseDirectory);
    }
}
