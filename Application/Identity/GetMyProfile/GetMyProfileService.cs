using Hexagon.Application.Errors;
using Hexagon.Application.Identity.Ports;
using Hexagon.Domain.Common;

namespace Hexagon.Application.Identity.GetMyProfile;

public sealed class GetMyProfileService(IUserRepository users) : IGetMyProfile
{
    public async Task<Result<MyProfile>> GetAsync(long userId, CancellationToken cancellationToken)
    {
        // A valid access token can outlive its account (deleted meanwhile): that is a 404, not a crash.
        var user = await users.FindByIdAsync(userId, cancellationToken).ConfigureAwait(false);
        return user is null
            ? ErrorCatalog.UserNotFound
            : new MyProfile(user.Id, user.Email, user.Nickname, user.Role.Name, user.PointBalance, user.CreatedAt);
    }
}
