using Hexagon.Domain.Common;

namespace Hexagon.Application.Identity.TwoFactor.SetUpTwoFactor;

/// <summary>Hands out a new TOTP secret, pending until confirmed by <c>IEnableTwoFactor</c> with a code.</summary>
public interface ISetUpTwoFactor
{
    Task<Result<TwoFactorSetup>> SetUpAsync(long userId, CancellationToken cancellationToken);
}
