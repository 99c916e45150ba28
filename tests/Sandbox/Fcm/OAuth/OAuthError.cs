namespace Hexagon.Sandbox.Fcm.OAuth;

/// <summary>An answer of the token endpoint in Google's OAuth shape: <c>{"error","error_description"}</c>.</summary>
internal sealed record OAuthError(int HttpStatus, string Error, string Description)
{
    public const string FirebaseMessagingScope = "https://www.googleapis.com/auth/firebase.messaging";

    public static OAuthError InvalidGrant(string description) => new(400, "invalid_grant", description);

    public static readonly OAuthError MissingAssertion =
        new(400, "invalid_request", "Missing required parameter: assertion");

    public static readonly OAuthError BadSignature = InvalidGrant("Invalid JWT Signature.");

    public static readonly OAuthError UnknownAccount = InvalidGrant("Invalid grant: account not found");

    public static readonly OAuthError BadTimes = InvalidGrant(
        "Invalid JWT: Token must be a short-lived token (60 minutes) and in a reasonable timeframe. "
        + "Check your iat and exp values in the JWT claim.");

    // Google says the same for a missing scope; a scope without FCM's is refused here too (Google would issue the
    // token and FCM would answer 403), so a misconfigured client fails where it is easiest to see.
    public static readonly OAuthError BadScope = new(400, "invalid_scope",
        $"Invalid OAuth scope or ID token audience provided. The scope must include {FirebaseMessagingScope}.");

    public static OAuthError UnsupportedGrantType(string? grantType) =>
        new(400, "unsupported_grant_type", $"Invalid grant_type: {grantType}");

    public static OAuthError BadAudience(string expected) =>
        InvalidGrant($"Invalid JWT: Failed audience check. The right audience is {expected}");

    /// <summary>An injected fault: <paramref name="code"/> is the OAuth error (e.g. "temporarily_unavailable").</summary>
    public static OAuthError Injected(string code, int? httpStatus, string? message) => new(
        httpStatus ?? (code.StartsWith("invalid_", StringComparison.Ordinal) ? 400 : 503),
        code,
        message ?? "Injected by the sandbox.");
}
