using Hexagon.Application.Errors;
using Hexagon.Application.Identity.Ports;
using Hexagon.Domain.Common;
using Hexagon.Domain.Identity;

namespace Hexagon.Application.Identity.DeviceTokens;

/// <summary>
/// One upsert keyed by the token: a phone that changes hands (log out, someone else logs in) sends its token again
/// and the pushes follow the new account, never the old one.
/// </summary>
public sealed class RegisterDeviceTokenService(IDeviceTokenRepository deviceTokens, TimeProvider timeProvider) : IRegisterDeviceToken
{
    public async Task<Result> RegisterAsync(RegisterDeviceTokenCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var errors = new FieldErrors();
        var token = errors.Take("token", DeviceToken.Create(command.Token));
        var platform = errors.Take("platform", DevicePlatform.Create(command.Platform));
        if (errors.Any || token is null || platform is null)
        {
            return errors.ToError();
        }

        var stored = await deviceTokens.UpsertAsync(command.UserId, token, platform, timeProvider.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        return stored ? Result.Ok() : ErrorCatalog.UserNotFound;
    }
}
