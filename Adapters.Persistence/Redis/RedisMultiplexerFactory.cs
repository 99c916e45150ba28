using Hexagon.Adapters.Persistence.Configuration;
using StackExchange.Redis;

namespace Hexagon.Adapters.Persistence.Redis;

/// <summary>Creates the one Redis connection the process shares (StackExchange.Redis multiplexes every caller on it).</summary>
public static class RedisMultiplexerFactory
{
    /// <summary>Connect timeout unless the configuration string sets one: short, so start-up and probes stay quick.</summary>
    public const int DefaultConnectTimeoutMilliseconds = 2000;

    /// <summary>
    /// Never throws for an unreachable server: with AbortOnConnectFail off the multiplexer starts disconnected and
    /// keeps reconnecting in the background, so a Redis outage at start-up shows as "not ready", not as a crash.
    /// </summary>
    public static ConnectionMultiplexer Connect(RedisOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var configuration = ConfigurationOptions.Parse(options.Configuration);
        configuration.AbortOnConnectFail = false;
        if (!options.Configuration.Contains("connectTimeout", StringComparison.OrdinalIgnoreCase))
        {
            configuration.ConnectTimeout = DefaultConnectTimeoutMilliseconds;
        }

        return ConnectionMultiplexer.Connect(configuration);
    }
}
