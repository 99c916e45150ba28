namespace Hexagon.Adapters.Notifications.Fcm;

/// <summary>The token exchange failed: <see cref="Misconfigured"/> when our credentials were refused, transient otherwise.</summary>
public sealed class FcmTokenException(bool misconfigured, string message) : Exception(message)
{
    public bool Misconfigured { get; } = misconfigured;
}
