using System;

namespace Dynamo.Repository.Abstractions;

/// <summary>
/// An item that the repositories know how to store.
/// </summary>
public interface IEntity
{
    string Id { get; set; }
}

/// <summary>
/// An entity that remembers when it was created and last changed.
/// </summary>
public interface IAuditable
{
    DateTime CreatedAt { get; set; }

    DateTime UpdatedAt { get; set; }

    string? UpdatedBy { get; set; }
}

/// <summary>
/// An entity that is removed by a flag rather than deleted.
/// </summary>
public interface ISoftDeletable
{
    bool IsDeleted { get; set; }

    DateTime? DeletedAt { get; set; }
}
