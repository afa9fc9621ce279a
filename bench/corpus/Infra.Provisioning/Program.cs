using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Amazon.Runtime;
using Amazon.SecurityToken.Model;
using Infra.Provisioning.Config;
using Infra.Provisioning.Steps;
using Microsoft.Extensions.Logging;

namespace Infra.Provisioning;

/// <summary>
/// provision apply|destroy|plan &lt;environment&gt;
/// </summary>
public static class Program
{
    private static readonly IProvisioningStep[] Steps =
    {
        new KmsKeyStep(),
        new BucketStep(),
        new TableStep(),
        new QueueStep(),
        new NetworkStep(),
        new ComputeStep(),
        new ParameterStep(),
    };

    public static async Task<int> Main(string[] args)
    {
        if (args.Length < 2)
        {
            Console.Error.WriteLine("usage: provision apply|destroy|plan <environment> [--only step,step]");
            return 2;
        }

        var command = args[0];
        var environment = LoadEnvironment(args[1]);
        var only = args.SkipWhile(a => a != "--only").Skip(1).FirstOrDefault()?.Split(',').ToHashSet(StringComparer.OrdinalIgnoreCase);
        using var cts = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cts.Cancel();
        };

        using var context = new ProvisioningContext(environment, dryRun: command == "plan");
        var log = context.Logger("provision");

        try
        {
            var identity = await context.Sts.GetCallerIdentityAsync(new GetCallerIdentityRequest(), cts.Token);
            if (!string.IsNullOrEmpty(environment.AccountId) && identity.Account != environment.AccountId)
            {
                log.LogWarning("Credentials are for account {Actual}, the environment is {Expected}", identity.Account, environment.AccountId);
                return 3;
            }

            var steps = Steps.Where(s => only == null || only.Contains(s.Name)).ToList();
            if (command == "destroy")
            {
                steps.Reverse();
                foreach (var step in steps)
                {
                    log.LogInformation("Destroying {Step}", step.Name);
                    await step.DestroyAsync(context, cts.Token);
                }
            }
            else
            {
                foreach (var step in steps)
                {
                    log.LogInformation("Applying {Step}", step.Name);
                    await step.ApplyAsync(context, cts.Token);
                }
            }

            var outputs = JsonSerializer.Serialize(context.Outputs, new JsonSerializerOptions { WriteIndented = true });
            await File.WriteAllTextAsync($"outputs.{environment.Name}.json", outputs, cts.Token);
            Console.WriteLine(outputs);
            return 0;
        }
        catch (AmazonServiceException ex)
        {
            log.LogError(ex, "AWS rejected a call: {Code} ({RequestId})", ex.ErrorCode, ex.RequestId);
            return 1;
        }
        catch (OperationCanceledException)
        {
            log.LogWarning("Cancelled");
            return 130;
        }
    }

    private static EnvironmentSpec LoadEnvironment(string name)
    {
        var path = Path.Combine("environments", name + ".json");
        if (File.Exists(path))
        {
            return JsonSerializer.Deserialize<EnvironmentSpec>(File.ReadAllText(path), new JsonSerializerOptions { PropertyNameCaseInsensitive = true })
                ?? throw new InvalidDataException(path);
        }

        return Defaults(name);
    }

    /// <summary>
    /// The built-in definition used when there is no environments/{name}.json.
    /// </summary>
    public static EnvironmentSpec Defaults(string name) => new()
    {
        Name = name,
        Region = "eu-west-1",
        AccountId = name == "prod" ? "444455556666" : "111122223333",
        VpcId = "vpc-0a1b2c3d4e5f67890",
        SubnetIds = new List<string> { "subnet-0123456789abcdef0", "subnet-0fedcba9876543210" },
        Buckets = new List<BucketSpec>
        {
            new() { Name = "access-logs", Versioned = false, UseKms = false, ExpireNoncurrentAfterDays = null },
            new() { Name = "uploads", LogBucket = "access-logs" },
            new() { Name = "exports", LogBucket = "access-logs" },
            new() { Name = "website", Public = true, UseKms = false, Versioned = false },
        },
        Tables = new List<TableSpec>
        {
            new() { Name = "orders", Stream = true, GsiHashKeys = new List<string> { "status" } },
            new() { Name = "customers", RangeKey = null, GsiHashKeys = new List<string> { "email" } },
            new() { Name = "sessions", RangeKey = null, PointInTimeRecovery = false, TtlAttribute = "ttl" },
        },
        Queues = new List<QueueSpec>
        {
            new() { Name = "orders-incoming", UseKms = true },
            new() { Name = "fulfilment", Fifo = true },
            new() { Name = "stock-events" },
        },
        Parameters = new Dictionary<string, string>
        {
            ["log-level"] = name == "prod" ? "Information" : "Debug",
            ["feature/new-checkout"] = "false",
        },
        SecureParameters = new Dictionary<string, string>
        {
            ["db/password"] = Environment.GetEnvironmentVariable("DB_PASSWORD") ?? "changeme",
        },
        Bastion = new InstanceSpec { Name = "bastion", KeyName = "ops", InstanceType = "t3.nano" },
        Workers = new List<InstanceSpec>
        {
            new()
            {
                Name = "worker",
                InstanceType = "t3.medium",
                Count = name == "prod" ? 3 : 1,
                UserData = "#!/bin/bash\nyum install -y docker\nsystemctl enable --now docker\n",
            },
        },
        Tags = new Dictionary<string, string>
        {
            ["environment"] = name,
            ["owner"] = "platform-team",
            ["managed-by"] = "infra-provisioning",
        },
    };
}
