using System.Collections.Concurrent;

namespace Hexagon.Sandbox.Fcm.Messages;

/// <summary>
/// What the sandbox knows about devices: which tokens are unregistered (the app was uninstalled, the token
/// rotated) and every message accepted so far, oldest first.
/// </summary>
internal sealed class DeviceDirectory(IEnumerable<string> unregistered)
{
    private readonly ConcurrentDictionary<string, bool> _unregistered =
        new(unregistered.Select(token => KeyValuePair.Create(token, true)), StringComparer.Ordinal);

    private readonly List<DeliveredMessage> _delivered = [];

    public void Unregister(string token) => _unregistered[token] = true;

    public bool IsUnregistered(string token) => _unregistered.ContainsKey(token);

    public void Record(DeliveredMessage message)
    {
        lock (_delivered) _delivered.Add(message);
    }

    /// <summary>Everything accepted for <paramref name="token"/> (null: for any target), newest last.</summary>
    public IReadOnlyList<DeliveredMessage> Delivered(string? token)
    {
        lock (_delivered) return _delivered.Where(message => token is null || message.Token == token).ToList();
    }

    public void ClearDelivered()
    {
        lock (_delivered) _delivered.Clear();
    }
}
