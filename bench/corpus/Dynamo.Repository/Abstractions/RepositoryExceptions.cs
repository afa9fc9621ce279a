using System;

namespace Dynamo.Repository.Abstractions;

public class RepositoryException : Exception
{
    public RepositoryException(string message)
        : base(message)
    {
    }

    public RepositoryException(string message, Exception inner)
        : base(message, inner)
    {
    }
}

/// <summary>
/// Thrown when an optimistic-locking version check fails.
/// </summary>
public sealed class ConcurrencyException : RepositoryException
{
    public ConcurrencyException(string entityName, string id, Exception inner)
        : base($"{entityName} '{id}' was changed by someone else.", inner)
    {
        EntityName = entityName;
        Id = id;
    }

    public string EntityName { get; }

    public string Id { get; }
}

public sealed class EntityNotFoundException : RepositoryException
{
    public EntityNotFoundException(string entityName, string id)
        : base($"{entityName} '{id}' was not found.")
    {
    }
}

public sealed class InvalidPaginationTokenException : RepositoryException
{
    public InvalidPaginationTokenException(Exception inner)
        : base("The pagination token is not valid.", inner)
    {
    }
}
