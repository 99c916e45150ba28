using System.Buffers.Text;
using System.Security.Cryptography;
using Hexagon.Application.Identity.Ports;
using Hexagon.Domain.Common;
using Hexagon.Domain.Identity;

namespace Hexagon.Application.Identity.CreateAdmin;

/// <summary>
/// Promotes the account of the email, or creates an ADMIN account with a generated password. Promoting an admin is
/// a no-op, so the command can be run again safely.
/// </summary>
public sealed class CreateAdminService(IUserRepository users, IPasswordHasher passwordHasher, TimeProvider timeProvider) : ICreateAdmin
{
    public const string AdminNickname = "관리자";

    /// <summary>18 random bytes: 144 bits, exactly 24 base64url characters.</summary>
    private const int GeneratedPasswordBytes = 18;

    public async Task<Result<CreateAdminResult>> CreateAsync(CreateAdminCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var errors = new FieldErrors();
        var email = errors.Take("email", EmailAddress.Create(command.Email));
        if (email is null)
        {
            return errors.ToError();
        }

        var existing = await users.FindByEmailAsync(email, cancellationToken).ConfigureAwait(false);
        if (existing is not null)
        {
            return await PromoteAsync(existing, cancellationToken).ConfigureAwait(false);
        }

        var password = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(GeneratedPasswordBytes));
        var passwordHash = await passwordHasher.HashAsync(password, cancellationToken).ConfigureAwait(false);
        var nickname = Nickname.Create(AdminNickname).Value;
        var now = timeProvider.GetUtcNow();
        var userId = await users.TryAddAsync(User.Register(email, passwordHash, nickname, Role.Admin, now), cancellationToken).ConfigureAwait(false);
        if (userId is not null)
        {
            return new CreateAdminResult(userId.Value, Created: true, GeneratedPassword: password);
        }

        // The email signed up between the lookup and the insert: promote that account instead.
        var raced = await users.FindByEmailAsync(email, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("The email was reported taken, but no account has it.");
        return await PromoteAsync(raced, cancellationToken).ConfigureAwait(false);
    }

    private async Task<CreateAdminResult> PromoteAsync(User user, CancellationToken cancellationToken)
    {
        if (!user.IsAdmin)
        {
            await users.UpdateRoleAsync(user.Id, Role.Admin, timeProvider.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        }

        return new CreateAdminResult(user.Id, Created: false, GeneratedPassword: null);
    }
}
