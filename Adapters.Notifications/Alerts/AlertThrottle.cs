using System.Collections.Concurrent;

namespace Hexagon.Adapters.Notifications.Alerts;

/// <summary>
/// "The same alert at most once per interval", per process: the first alert of a key passes, repeats within the
/// interval are dropped. A singleton shared by every sink instance.
/// </summary>
public sealed class AlertThrottle(TimeSpan interval, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _lastSent = new(StringComparer.Ordinal);

    public bool TryPass(string key)
    {
        var now = clock.GetUtcNow();
        while (true)
        {
            if (!_lastSent.TryGetValue(key, out var last))
            {
                if (_lastSent.TryAdd(key, now))
                {
                    return true;
                }

                continue;
            }

            if (now - last < interval)
            {
                return false;
            }

            if (_lastSent.TryUpdate(key, now, last))
            {
                return true;
            }
        }
    }
}
