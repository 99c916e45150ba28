using Hexagon.Application.Errors;
using Hexagon.Application.Identity.Ports;
using Hexagon.Domain.Common;

namespace Hexagon.Application.Identity.TwoFactor.DisableTwoFactor;

public sealed class DisableTwoFactorService(ITwoFactorRepository twoFactor, ISecretProtector protector, TimeProvider timeProvider) : IDisableTwoFactor
{
    public async Task<Result> DisableAsync(DisableTwoFactorCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var state = await twoFactor.FindAsync(command.UserId, cancellationToken).ConfigureAwait(false);
        if (state is null)
        {
            return ErrorCatalog.UserNotFound;
        }

        if (state.Secret is null)
        {
            return ErrorCatalog.TwoFactorNotEnabled;
        }

        var now = timeProvider.GetUtcNow();
        var step = TwoFactorCode.MatchingStep(protector, state.Secret, command.UserId, command.Code, now);
        if (step is null)
        {
            return ErrorCatalog.TwoFactorCodeInvalid;
        }

        // A code already used (to log in, say) is refused here too: whoever watched it being typed cannot replay it.
        var disabled = await twoFactor.TryDisableAsync(command.UserId, step.Value, now, cancellationToken).ConfigureAwait(false);
        return disabled ? Result.Ok() : ErrorCatalog.TwoFactorCodeInvalid;
    }
}
