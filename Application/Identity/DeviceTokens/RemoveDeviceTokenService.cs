using Hexagon.Application.Identity.Ports;
using Hexagon.Domain.Common;
using Hexagon.Domain.Identity;

namespace Hexagon.Application.Identity.DeviceTokens;

public sealed class RemoveDeviceTokenService(IDeviceTokenRepository deviceTokens) : IRemoveDeviceToken
{
    public async Task<Result> RemoveAsync(RemoveDeviceTokenCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var errors = new FieldErrors();
        var token = errors.Take("token", DeviceToken.Create(command.Token));
        if (token is null)
        {
            return errors.ToError();
        }

        // Whether a row went away does not matter to the caller: the token is not theirs any more either way, and
        // saying "it was someone else's" would reveal another user's token.
        await deviceTokens.RemoveAsync(command.UserId, token, cancellationToken).ConfigureAwait(false);
        return Result.Ok();
    }
}
