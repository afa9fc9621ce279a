using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Dynamo.Repository.Abstractions;

/// <summary>
/// Basic persistence operations for entities whose key is a single hash key.
/// </summary>
public interface IRepository<TEntity>
    where TEntity : class, IEntity
{
    Task<TEntity?> GetAsync(string id, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<TEntity>> GetManyAsync(IEnumerable<string> ids, CancellationToken cancellationToken = default);

    Task<PagedResult<TEntity>> ListAsync(int pageSize, string? paginationToken = null, CancellationToken cancellationToken = default);

    Task SaveAsync(TEntity entity, CancellationToken cancellationToken = default);

    Task SaveManyAsync(IEnumerable<TEntity> entities, CancellationToken cancellationToken = default);

    Task DeleteAsync(string id, CancellationToken cancellationToken = default);

    Task<bool> ExistsAsync(string id, CancellationToken cancellationToken = default);
}

/// <summary>
/// Operations for entities stored with a hash key and a range key.
/// </summary>
public interface IRangeRepository<TEntity>
    where TEntity : class
{
    Task<TEntity?> GetAsync(string hashKey, string rangeKey, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<TEntity>> QueryAsync(string hashKey, CancellationToken cancellationToken = default);

    Task<PagedResult<TEntity>> QueryPageAsync(string hashKey, int pageSize, string? paginationToken, CancellationToken cancellationToken = default);

    Task SaveAsync(TEntity entity, CancellationToken cancellationToken = default);

    Task DeleteAsync(string hashKey, string rangeKey, CancellationToken cancellationToken = default);
}

/// <summary>
/// Groups writes so they either all happen or none do.
/// </summary>
public interface IUnitOfWork
{
    void AddSave<TEntity>(TEntity entity)
        where TEntity : class;

    void AddDelete<TEntity>(TEntity entity)
        where TEntity : class;

    Task CommitAsync(CancellationToken cancellationToken = default);
}
