using Hexagon.Domain.Common;

namespace Hexagon.Application.Identity.TwoFactor.DisableTwoFactor;

/// <summary>Turns 2FA off; needs a current code, so an access token alone cannot remove the second factor.</summary>
public interface IDisableTwoFactor
{
    Task<Result> DisableAsync(DisableTwoFactorCommand command, CancellationToken cancellationToken);
}
