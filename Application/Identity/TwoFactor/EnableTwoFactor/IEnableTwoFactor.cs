using Hexagon.Domain.Common;

namespace Hexagon.Application.Identity.TwoFactor.EnableTwoFactor;

/// <summary>Turns 2FA on once a code from the pending secret proves the authenticator app has it.</summary>
public interface IEnableTwoFactor
{
    Task<Result> EnableAsync(EnableTwoFactorCommand command, CancellationToken cancellationToken);
}
