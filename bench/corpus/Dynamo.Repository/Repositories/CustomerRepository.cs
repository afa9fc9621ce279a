using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Amazon.DynamoDBv2.DataModel;
using Dynamo.Repository.Abstractions;
using Dynamo.Repository.Infrastructure;
using Dynamo.Repository.Models;
using Microsoft.Extensions.Logging;

namespace Dynamo.Repository.Repositories;

public interface ICustomerRepository : IRepository<Customer>
{
    Task<Customer?> FindByEmailAsync(string email, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Customer>> FindByTierAsync(CustomerTier tier, CancellationToken cancellationToken = default);

    Task AddTagAsync(string customerId, string tag, CancellationToken cancellationToken = default);
}

public class CustomerRepository : DynamoDbRepository<Customer>, ICustomerRepository
{
    public CustomerRepository(IDynamoDBContext context, ILogger<CustomerRepository> logger)
        : base(context, logger)
    {
    }

    public async Task<Customer?> FindByEmailAsync(string email, CancellationToken cancellationToken = default)
    {
        var normalized = email.Trim().ToLowerInvariant();
        var matches = await QueryIndexAsync("email-index", normalized, cancellationToken).ConfigureAwait(false);
        if (matches.Count > 1)
        {
            Logger.LogWarning("Found {Count} customers with the email {Email}", matches.Count, normalized);
        }

        return matches.FirstOrDefault(c => !c.IsDeleted);
    }

    public async Task<IReadOnlyList<Customer>> FindByTierAsync(CustomerTier tier, CancellationToken cancellationToken = default)
    {
        // No index on tier: this is a scan and is only used by the nightly report.
        var conditions = new List<ScanCondition>
        {
            new ScanCondition(nameof(Customer.Tier), Amazon.DynamoDBv2.DocumentModel.ScanOperator.Equal, tier),
            new ScanCondition(nameof(Customer.IsDeleted), Amazon.DynamoDBv2.DocumentModel.ScanOperator.Equal, false),
        };
        return await Context.ScanAsync<Customer>(conditions).GetRemainingAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task AddTagAsync(string customerId, string tag, CancellationToken cancellationToken = default)
    {
        var customer = await GetAsync(customerId, cancellationToken).ConfigureAwait(false)
            ?? throw new EntityNotFoundException(nameof(Customer), customerId);
        if (customer.Tags.Add(tag))
        {
            await SaveAsync(customer, cancellationToken).ConfigureAwait(false);
        }
    }

    public override Task SaveAsync(Customer entity, CancellationToken cancellationToken = default)
    {
        entity.Email = entity.Email.Trim().ToLowerInvariant();
        return base.SaveAsync(entity, cancellationToken);
    }
}
