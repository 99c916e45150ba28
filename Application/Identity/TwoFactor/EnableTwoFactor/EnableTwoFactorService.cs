using Hexagon.Application.Errors;
using Hexagon.Application.Identity.Ports;
using Hexagon.Domain.Common;

namespace Hexagon.Application.Identity.TwoFactor.EnableTwoFactor;

public sealed class EnableTwoFactorService(ITwoFactorRepository twoFactor, ISecretProtector protector, TimeProvider timeProvider) : IEnableTwoFactor
{
    public async Task<Result> EnableAsync(EnableTwoFactorCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var state = await twoFactor.FindAsync(command.UserId, cancellationToken).ConfigureAwait(false);
        if (state is null)
        {
            return ErrorCatalog.UserNotFound;
        }

        if (state.IsEnabled)
        {
            return ErrorCatalog.TwoFactorAlreadyEnabled;
        }

        if (state.PendingSecret is null)
        {
            return ErrorCatalog.TwoFactorNotSetUp;
        }

        var now = timeProvider.GetUtcNow();
        var step = TwoFactorCode.MatchingStep(protector, state.PendingSecret, command.UserId, command.Code, now);
        if (step is null)
        {
            return ErrorCatalog.TwoFactorCodeInvalid;
        }

        // Conditional on the pending secret we checked: a setup running meanwhile replaced it, and the phone must then
        // confirm the new one. Also records the step, so the code just typed cannot log in afterwards.
        var enabled = await twoFactor.TryEnableAsync(command.UserId, state.PendingSecret, step.Value, now, cancellationToken).ConfigureAwait(false);
        return enabled ? Result.Ok() : ErrorCatalog.TwoFactorCodeInvalid;
    }
}
