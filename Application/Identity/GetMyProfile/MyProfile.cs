namespace Hexagon.Application.Identity.GetMyProfile;

/// <param name="Role">"CUSTOMER" or "ADMIN".</param>
public sealed record MyProfile(long UserId, string Email, string Nickname, string Role, long PointBalance, DateTimeOffset CreatedAt);
