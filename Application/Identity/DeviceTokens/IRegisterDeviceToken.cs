using Hexagon.Domain.Common;

namespace Hexagon.Application.Identity.DeviceTokens;

/// <summary>Upserts the caller's push token; a token last seen on another account moves to this one.</summary>
public interface IRegisterDeviceToken
{
    Task<Result> RegisterAsync(RegisterDeviceTokenCommand command, CancellationToken cancellationToken);
}
