using System.Globalization;
using System.Security.Claims;
using Hexagon.Adapters.Web.Identity.Tokens;

namespace Hexagon.Adapters.Web.Identity.Bearer;

/// <summary>The caller's user id: the access token's <c>sub</c>, a positive decimal number.</summary>
public static class UserIdClaim
{
    public static bool TryGetUserId(this ClaimsPrincipal principal, out long userId)
    {
        ArgumentNullException.ThrowIfNull(principal);
        userId = 0;
        var subject = principal.FindFirst(AccessTokenFormat.SubjectClaim)?.Value;
        return long.TryParse(subject, NumberStyles.None, CultureInfo.InvariantCulture, out userId) && userId > 0;
    }

    /// <summary>
    /// For endpoints behind a bearer policy: the bearer scheme refuses tokens without a usable <c>sub</c>, so a
    /// missing one here is a bug (an endpoint without a policy), not a client error.
    /// </summary>
    public static long GetUserId(this ClaimsPrincipal principal) =>
        principal.TryGetUserId(out var userId)
            ? userId
            : throw new InvalidOperationException("The principal has no user id; is the endpoint missing its authorization policy?");
}
