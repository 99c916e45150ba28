using Hexagon.Application.Health.Ports;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Hexagon.Adapters.Persistence.Health;

/// <summary>Ready when Redis answers PING within the timeout on the shared multiplexer.</summary>
public sealed partial class RedisReadinessProbe(
    IConnectionMultiplexer multiplexer,
    ILogger<RedisReadinessProbe> logger,
    TimeSpan? timeout = null) : IReadinessProbe
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(2);

    private readonly TimeSpan _timeout = timeout ?? DefaultTimeout;

    public string Name => "redis";

    public async Task<bool> IsReadyAsync(CancellationToken cancellationToken)
    {
        try
        {
            // StackExchange.Redis 1.2.6 takes no token; WaitAsync bounds the wait from outside.
            await multiplexer.GetDatabase().PingAsync().WaitAsync(_timeout, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception)
        {
            // Messages name the endpoint at most; the configuration string (which may hold a password) is not logged.
            LogNotReady(logger, exception.GetType().Name, exception.Message);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis is not ready: {ErrorType}: {Reason}")]
    private static partial void LogNotReady(ILogger logger, string errorType, string reason);
}
