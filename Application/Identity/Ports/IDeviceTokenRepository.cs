using Hexagon.Domain.Identity;

namespace Hexagon.Application.Identity.Ports;

/// <summary>Push tokens, one row per token: a phone belongs to whoever registered it last.</summary>
public interface IDeviceTokenRepository
{
    /// <summary>
    /// Inserts the token for the user, or moves it to the user (and platform) when it is registered already.
    /// Returns false when the user does not exist (deleted while their access token was still valid).
    /// </summary>
    Task<bool> UpsertAsync(long userId, DeviceToken token, DevicePlatform platform, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Deletes the token if it belongs to the user; another user's token stays. Returns whether one was deleted.</summary>
    Task<bool> RemoveAsync(long userId, DeviceToken token, CancellationToken cancellationToken);
}
