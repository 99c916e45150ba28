using Hexagon.Application.Common.Ports;
using Hexagon.Application.Errors;
using Hexagon.Application.Identity.Ports;
using Hexagon.Application.Identity.Sessions;
using Hexagon.Application.Identity.TwoFactor;
using Hexagon.Domain.Common;
using Hexagon.Domain.Identity;

namespace Hexagon.Application.Identity.LogIn;

/// <summary>
/// Unknown email and wrong password answer the same error after the same work (one password verify), so neither the
/// answer nor its timing tells whether an email has an account. The one-time code is asked for only after the
/// password matched, so a wrong password answers the same 0008 whether or not the account has 2FA on.
/// </summary>
public sealed class LogInService(
    IUserRepository users,
    IRefreshSessionRepository sessions,
    IPasswordHasher passwordHasher,
    DummyPasswordHash dummyPasswordHash,
    IAccessTokenIssuer accessTokens,
    ITwoFactorRepository twoFactor,
    ISecretProtector secretProtector,
    IUnitOfWork unitOfWork,
    IdentityTokenLifetimes lifetimes,
    TimeProvider timeProvider) : ILogIn
{
    public async Task<Result<AuthTokens>> LogInAsync(LogInCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var deviceId = RefreshSession.CheckDeviceId(command.DeviceId);
        if (!deviceId.IsSuccess)
        {
            var errors = new FieldErrors();
            errors.Check("deviceId", deviceId);
            return errors.ToError();
        }

        // No account can have a longer password; refusing it early reveals nothing about which accounts exist.
        var password = command.Password ?? "";
        if (password.Length > PasswordPolicy.MaxLength)
        {
            return ErrorCatalog.InvalidCredentials;
        }

        var email = EmailAddress.Create(command.Email);
        var user = email.IsSuccess ? await users.FindByEmailAsync(email.Value, cancellationToken).ConfigureAwait(false) : null;
        if (user is null)
        {
            var dummy = await dummyPasswordHash.GetAsync(passwordHasher, cancellationToken).ConfigureAwait(false);
            await passwordHasher.VerifyAsync(password, dummy, cancellationToken).ConfigureAwait(false);
            return ErrorCatalog.InvalidCredentials;
        }

        var verification = await passwordHasher.VerifyAsync(password, user.PasswordHash, cancellationToken).ConfigureAwait(false);
        if (!verification.Matches)
        {
            return ErrorCatalog.InvalidCredentials;
        }

        var secondFactor = await CheckSecondFactorAsync(user.Id, command.OtpCode, cancellationToken).ConfigureAwait(false);
        if (!secondFactor.IsSuccess)
        {
            return secondFactor.Error!;
        }

        // Re-hashing with the current parameters happens now, the only moment the password is known; before the transaction.
        var newHash = verification.NeedsRehash ? await passwordHasher.HashAsync(password, cancellationToken).ConfigureAwait(false) : null;
        var refreshToken = RefreshTokenFactory.Create();
        var familyId = RefreshTokenFactory.NewFamilyId();
        var now = timeProvider.GetUtcNow();
        var session = RefreshSession.Start(user.Id, familyId, refreshToken.Hash, command.DeviceId, command.UserAgent, now, lifetimes.RefreshToken);

        await unitOfWork.ExecuteAsync(async token =>
        {
            // The user row first: the session insert's foreign key check share-locks it, and two logins taking the
            // shared lock before the exclusive one would deadlock each other.
            if (newHash is not null)
            {
                await users.UpdatePasswordHashAsync(user.Id, newHash, now, token).ConfigureAwait(false);
            }

            return await sessions.AddAsync(session, token).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);

        return AuthTokensAssembler.Assemble(accessTokens, user.Id, user.Role, refreshToken.Token, lifetimes, now);
    }

    private async Task<Result> CheckSecondFactorAsync(long userId, string? otpCode, CancellationToken cancellationToken)
    {
        var state = await twoFactor.FindAsync(userId, cancellationToken).ConfigureAwait(false);
        if (state?.Secret is null)
        {
            return Result.Ok();
        }

        if (string.IsNullOrWhiteSpace(otpCode))
        {
            return ErrorCatalog.OtpCodeRequired;
        }

        var step = TwoFactorCode.MatchingStep(secretProtector, state.Secret, userId, otpCode.Trim(), timeProvider.GetUtcNow());

        // Used up before the session transaction, in its own statement: of two logins racing with one code, the
        // database lets one through. A failure after this point burns the code, and the user types the next one.
        var accepted = step is not null && await twoFactor.TryUseStepAsync(userId, step.Value, cancellationToken).ConfigureAwait(false);
        return accepted ? Result.Ok() : ErrorCatalog.OtpCodeInvalid;
    }
}
