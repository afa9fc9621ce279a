using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Dynamo.Repository.Abstractions;
using Dynamo.Repository.Models;
using Dynamo.Repository.Repositories;
using Microsoft.Extensions.Logging;

namespace Dynamo.Repository.Setup;

/// <summary>
/// A thin service over the repositories that places and cancels orders.
/// </summary>
public class OrderService
{
    private readonly ICustomerRepository _customers;
    private readonly IOrderRepository _orders;
    private readonly IProductRepository _products;
    private readonly IAuditRepository _audit;
    private readonly ILogger<OrderService> _logger;

    public OrderService(
        ICustomerRepository customers,
        IOrderRepository orders,
        IProductRepository products,
        IAuditRepository audit,
        ILogger<OrderService> logger)
    {
        _customers = customers;
        _orders = orders;
        _products = products;
        _audit = audit;
        _logger = logger;
    }

    public async Task<Order> PlaceOrderAsync(string customerId, IReadOnlyDictionary<string, int> quantities, string actor, CancellationToken cancellationToken = default)
    {
        var customer = await _customers.GetAsync(customerId, cancellationToken).ConfigureAwait(false)
            ?? throw new EntityNotFoundException(nameof(Customer), customerId);

        var products = await _products.GetManyAsync(quantities.Keys, cancellationToken).ConfigureAwait(false);
        var missing = quantities.Keys.Except(products.Select(p => p.Id)).ToList();
        if (missing.Count > 0)
        {
            throw new EntityNotFoundException(nameof(Product), string.Join(",", missing));
        }

        if (!await _products.ReserveStockAsync(quantities, cancellationToken).ConfigureAwait(false))
        {
            throw new RepositoryException("Not enough stock for one or more products.");
        }

        var order = new Order
        {
            CustomerId = customer.Id,
            ShippingAddress = customer.Addresses.FirstOrDefault(a => a.IsDefault) ?? customer.Addresses.FirstOrDefault(),
            Lines = products.Select(p => new OrderLine
            {
                Sku = p.Id,
                Description = p.Name,
                Quantity = quantities[p.Id],
                UnitPrice = p.Price,
            }).ToList(),
        };

        await _orders.SaveAsync(order, cancellationToken).ConfigureAwait(false);
        await _audit.RecordAsync(nameof(Order), order.OrderId, "placed", actor, new Dictionary<string, string>
        {
            ["customer"] = customer.Id,
            ["email"] = customer.Email,
            ["total"] = order.Total.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }, cancellationToken).ConfigureAwait(false);

        _logger.LogInformation("Order {OrderId} placed for {Customer} ({Email})", order.OrderId, customer.Id, customer.Email);
        return order;
    }

    public async Task<bool> CancelAsync(string customerId, string orderId, string actor, CancellationToken cancellationToken = default)
    {
        var moved = await _orders.TryTransitionAsync(customerId, orderId, OrderStatus.Pending, OrderStatus.Cancelled, cancellationToken).ConfigureAwait(false)
            || await _orders.TryTransitionAsync(customerId, orderId, OrderStatus.Paid, OrderStatus.Cancelled, cancellationToken).ConfigureAwait(false);
        if (moved)
        {
            await _audit.RecordAsync(nameof(Order), orderId, "cancelled", actor, cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        return moved;
    }

    public async IAsyncEnumerable<Order> AllOrdersForCustomerAsync(string customerId, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        string? token = null;
        do
        {
            var page = await _orders.QueryPageAsync(customerId, 50, token, cancellationToken).ConfigureAwait(false);
            foreach (var order in page.Items)
            {
                yield return order;
            }

            token = page.NextToken;
        }
        while (token != null);
    }
}
