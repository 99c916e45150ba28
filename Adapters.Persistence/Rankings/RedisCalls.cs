using Hexagon.Application.Rankings.Ports;
using StackExchange.Redis;

namespace Hexagon.Adapters.Persistence.Rankings;

/// <summary>
/// Runs one Redis call with a deadline and turns "Redis is not there" into the port's
/// <see cref="RankingBoardUnavailableException"/>. Other Redis errors (a script bug, a wrong type) stay what they are.
/// </summary>
internal static class RedisCalls
{
    public static async Task<T> RunAsync<T>(Func<Task<T>> call, TimeSpan timeout, CancellationToken cancellationToken)
    {
        try
        {
            // StackExchange.Redis 1.2.6 takes no token and does not time out async calls itself: bound the wait here.
            return await call().WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
        }
        catch (RedisConnectionException exception)
        {
            throw new RankingBoardUnavailableException(exception.Message, exception);
        }
        catch (TimeoutException exception)
        {
            // RedisTimeoutException is a TimeoutException too.
            throw new RankingBoardUnavailableException($"no answer within {timeout.TotalMilliseconds:0} ms", exception);
        }
    }
}
