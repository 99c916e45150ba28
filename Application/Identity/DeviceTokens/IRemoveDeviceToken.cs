using Hexagon.Domain.Common;

namespace Hexagon.Application.Identity.DeviceTokens;

/// <summary>Removes the caller's push token. Idempotent; another user's token is never touched.</summary>
public interface IRemoveDeviceToken
{
    Task<Result> RemoveAsync(RemoveDeviceTokenCommand command, CancellationToken cancellationToken);
}
