namespace Hexagon.Application.Notifications.Ports;

/// <summary>
/// The push side of the device tokens the identity feature registers: whom to send to, and forgetting a token FCM
/// reports as gone. Kept apart from the identity port, whose operations are always "the caller's own token".
/// </summary>
public interface IPushTokens
{
    Task<IReadOnlyList<string>> ListForUserAsync(long userId, CancellationToken cancellationToken);

    /// <summary>Deletes the token whoever it belongs to (FCM said it is dead); returns whether it existed.</summary>
    Task<bool> DeleteAsync(string token, CancellationToken cancellationToken);
}
