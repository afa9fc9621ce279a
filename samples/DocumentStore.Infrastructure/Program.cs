using Amazon.CDK;

namespace DocumentStore.Infrastructure;

/// <summary>The CDK app that declares the document store's buckets, tables, database, queue, key and servers.</summary>
public static class Program
{
    public static void Main()
    {
        var app = new App();
        var env = new Amazon.CDK.Environment { Account = "123456789012", Region = "eu-central-1" };
        var storage = new StorageStack(app, "DocumentStorage", new StackProps { Env = env });
        new DataStack(app, "DocumentData", new StackProps { Env = env }, storage.DocumentKey);
        new ServerStack(app, "DocumentServers", new StackProps { Env = env });
        new AnalyticsStack(app, "DocumentAnalytics", new StackProps { Env = env });

        // SRM1001: the disaster-recovery copy of the documents leaves the EU (srm.allowed_regions in .editorconfig).
        new StorageStack(app, "DocumentStorageRecovery", new StackProps
        {
            Env = new Amazon.CDK.Environment { Account = "123456789012", Region = "us-east-1" },
        });

        // SRM1003: the preview stack deploys wherever the CLI of whoever runs cdk deploy points.
        new PreviewStack(app, "DocumentPreview");
        app.Synth();
    }
}
