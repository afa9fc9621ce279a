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
        new PreviewStack(app, "DocumentPreview", new StackProps { Env = env });
        app.Synth();
    }
}
