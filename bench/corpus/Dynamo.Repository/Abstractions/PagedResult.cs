using System;
using System.Collections.Generic;
using System.Linq;

namespace Dynamo.Repository.Abstractions;

/// <summary>
/// One page of results and the token that continues after it.
/// </summary>
public sealed class PagedResult<T>
{
    public PagedResult(IReadOnlyList<T> items, string? nextToken)
    {
        Items = items;
        NextToken = nextToken;
    }

    public IReadOnlyList<T> Items { get; }

    public string? NextToken { get; }

    public bool HasMore => !string.IsNullOrEmpty(NextToken);

    public static PagedResult<T> Empty { get; } = new(Array.Empty<T>(), null);

    public PagedResult<TOut> Map<TOut>(Func<T, TOut> selector) => new(Items.Select(selector).ToList(), NextToken);
}
