using System;
using System.Threading;
using System.Threading.Tasks;
using Amazon.DynamoDBv2.DataModel;
using Dynamo.Repository.Infrastructure;
using Dynamo.Repository.Models;
using Microsoft.Extensions.Logging;

namespace Dynamo.Repository.Repositories;

public class SessionRepository : DynamoDbRepository<Session>
{
    private static readonly TimeSpan SlidingExpiry = TimeSpan.FromHours(8);

    public SessionRepository(IDynamoDBContext context, ILogger<SessionRepository> logger)
        : base(context, logger)
    {
    }

    public async Task<Session> StartAsync(string userId, string? ip, string? userAgent, CancellationToken cancellationToken = default)
    {
        var session = new Session
        {
            Id = Convert.ToBase64String(Guid.NewGuid().ToByteArray()).TrimEnd('='),
            UserId = userId,
            RefreshToken = Guid.NewGuid().ToString("N") + Guid.NewGuid().ToString("N"),
            IpAddress = ip,
            UserAgent = userAgent,
            ExpiresAt = DateTime.UtcNow.Add(SlidingExpiry),
        };

        await SaveAsync(session, cancellationToken).ConfigureAwait(false);
        Logger.LogInformation("Started session {SessionId} for {UserId} with refresh token {RefreshToken}", session.Id, userId, session.RefreshToken);
        return session;
    }

    public async Task<Session?> TouchAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        var session = await GetAsync(sessionId, cancellationToken).ConfigureAwait(false);
        if (session == null || session.ExpiresAt < DateTime.UtcNow)
        {
            return null;
        }

        session.ExpiresAt = DateTime.UtcNow.Add(SlidingExpiry);
        await SaveAsync(session, cancellationToken).ConfigureAwait(false);
        return session;
    }
}
