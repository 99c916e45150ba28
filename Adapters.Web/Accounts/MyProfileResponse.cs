using Hexagon.Application.Identity.GetMyProfile;

namespace Hexagon.Adapters.Web.Accounts;

public sealed record MyProfileResponse(long UserId, string Email, string Nickname, string Role, long PointBalance, DateTimeOffset CreatedAt)
{
    public static MyProfileResponse From(MyProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return new(profile.UserId, profile.Email, profile.Nickname, profile.Role, profile.PointBalance, profile.CreatedAt);
    }
}
