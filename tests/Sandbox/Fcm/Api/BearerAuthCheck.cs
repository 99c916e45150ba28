using Hexagon.Sandbox.Fcm.OAuth;

namespace Hexagon.Sandbox.Fcm.Api;

/// <summary>
/// messages:send needs <c>Authorization: Bearer {access token}</c> issued by this sandbox's token endpoint and not
/// yet expired. Anything else is Google's 401 UNAUTHENTICATED, whose ErrorInfo reason tells a missing credential
/// from an expired one (a client should fetch a new token once, then give up).
/// </summary>
internal static class BearerAuthCheck
{
    private const string Scheme = "Bearer ";

    private const string Invalid = "Request had invalid authentication credentials. Expected OAuth 2 access token, "
        + "login cookie or other valid authentication credential. "
        + "See https://developers.google.com/identity/sign-in/web/devconsole-project.";

    private const string Missing = "Request is missing required authentication credential. Expected OAuth 2 access "
        + "token, login cookie or other valid authentication credential. "
        + "See https://developers.google.com/identity/sign-in/web/devconsole-project.";

    /// <summary>Null when the caller may proceed, otherwise the answer.</summary>
    public static FcmReply? Check(HttpRequest request, AccessTokenStore tokens)
    {
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
            return FcmErrors.Unauthenticated(Missing, "CREDENTIALS_MISSING");
        return tokens.Check(header[Scheme.Length..].Trim()) switch
        {
            AccessTokenState.Valid => null,
            AccessTokenState.Expired => FcmErrors.Unauthenticated(Invalid, "ACCESS_TOKEN_EXPIRED"),
            _ => FcmErrors.Unauthenticated(Invalid, "ACCESS_TOKEN_TYPE_UNSUPPORTED"),
        };
    }
}
