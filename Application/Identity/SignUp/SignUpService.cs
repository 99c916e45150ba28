using Hexagon.Application.Common.Ports;
using Hexagon.Application.Errors;
using Hexagon.Application.Identity.Ports;
using Hexagon.Application.Identity.Sessions;
using Hexagon.Domain.Common;
using Hexagon.Domain.Identity;

namespace Hexagon.Application.Identity.SignUp;

public sealed class SignUpService(
    IUserRepository users,
    IRefreshSessionRepository sessions,
    IPasswordHasher passwordHasher,
    IAccessTokenIssuer accessTokens,
    IUnitOfWork unitOfWork,
    IdentityTokenLifetimes lifetimes,
    TimeProvider timeProvider) : ISignUp
{
    public async Task<Result<AuthTokens>> SignUpAsync(SignUpCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var errors = new FieldErrors();
        var email = errors.Take("email", EmailAddress.Create(command.Email));
        errors.Check("password", PasswordPolicy.Check(command.Password, command.Email));
        var nickname = errors.Take("nickname", Nickname.Create(command.Nickname));
        errors.Check("deviceId", RefreshSession.CheckDeviceId(command.DeviceId));
        if (errors.Any || email is null || nickname is null)
        {
            return errors.ToError();
        }

        // The slow hash runs before the transaction: nothing holds a lock while it works.
        var passwordHash = await passwordHasher.HashAsync(command.Password, cancellationToken).ConfigureAwait(false);
        var refreshToken = RefreshTokenFactory.Create();
        var familyId = RefreshTokenFactory.NewFamilyId();
        var now = timeProvider.GetUtcNow();
        var user = User.Register(email, passwordHash, nickname, Role.Customer, now);

        var stored = await unitOfWork.ExecuteAsync<long>(async token =>
        {
            // No lookup first: the unique key on email is the only check that two simultaneous sign-ups cannot both pass.
            var userId = await users.TryAddAsync(user, token).ConfigureAwait(false);
            if (userId is null)
            {
                return ErrorCatalog.EmailTaken;
            }

            var session = RefreshSession.Start(userId.Value, familyId, refreshToken.Hash, command.DeviceId, command.UserAgent, now, lifetimes.RefreshToken);
            await sessions.AddAsync(session, token).ConfigureAwait(false);
            return userId.Value;
        }, cancellationToken).ConfigureAwait(false);

        return stored.IsSuccess
            ? AuthTokensAssembler.Assemble(accessTokens, stored.Value, Role.Customer, refreshToken.Token, lifetimes, now)
            : stored.Error;
    }
}
