namespace Hexagon.Application.Identity;

/// <summary>
/// How long tokens live, from the JWT settings. The access token's real expiry is the one the issuer stamps into it
/// (<see cref="Ports.IssuedAccessToken.ExpiresAt"/>); the refresh lifetime sets each session's expires_at.
/// </summary>
public sealed record IdentityTokenLifetimes(TimeSpan AccessToken, TimeSpan RefreshToken)
{
    public TimeSpan AccessToken { get; } = AccessToken > TimeSpan.Zero
        ? AccessToken
        : throw new ArgumentOutOfRangeException(nameof(AccessToken), AccessToken, "The access token lifetime must be positive.");

    public TimeSpan RefreshToken { get; } = RefreshToken > TimeSpan.Zero && RefreshToken.TotalSeconds <= int.MaxValue
        ? RefreshToken
        : throw new ArgumentOutOfRangeException(nameof(RefreshToken), RefreshToken, "The refresh token lifetime must be positive and fit in seconds as an int.");
}
