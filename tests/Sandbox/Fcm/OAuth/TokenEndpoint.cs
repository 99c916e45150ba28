using Hexagon.Sandbox.Faults;
using Hexagon.Sandbox.Fcm.Api;
using Hexagon.Sandbox.Hosting;

namespace Hexagon.Sandbox.Fcm.OAuth;

/// <summary>
/// <c>POST /token</c>, Google's OAuth token endpoint for the JWT-bearer grant: form
/// <c>grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer&amp;assertion={jwt}</c> →
/// <c>{access_token, expires_in, token_type: "Bearer"}</c>, or <c>{error, error_description}</c>.
/// </summary>
internal static class TokenEndpoint
{
    public const string Path = "/token";

    public const string FaultOperation = "fcm-token";

    private const string JwtBearer = "urn:ietf:params:oauth:grant-type:jwt-bearer";

    public static void Map(IEndpointRouteBuilder app, FcmSandboxSettings settings, AssertionVerifier verifier,
        AccessTokenStore tokens, FaultInjector faults)
    {
        app.MapPost(Path, async (HttpContext context) =>
        {
            var form = context.Request.HasFormContentType
                ? await context.Request.ReadFormAsync(CancellationToken.None)
                : null;
            var grantType = form?["grant_type"].ToString();
            var assertion = form?["assertion"].ToString();
            var audience = settings.TokenUri ?? TokenUriOf(context.Request);
            await faults.RunAsync(context, FaultOperation,
                () => Exchange(grantType, assertion, audience, verifier, tokens),
                fault => Error(OAuthError.Injected(fault.Code!, fault.HttpStatus, fault.Message), fault.RetryAfterSeconds),
                reply => reply.WriteAsync(context.Response));
        });
    }

    /// <summary>Where this request was posted: what a client honouring the JSON's token_uri signs as aud.</summary>
    public static string TokenUriOf(HttpRequest request) =>
        $"{request.Scheme}://{request.Host}{request.PathBase}{Path}";

    private static FcmReply Exchange(string? grantType, string? assertion, string audience, AssertionVerifier verifier,
        AccessTokenStore tokens)
    {
        if (grantType != JwtBearer) return Error(OAuthError.UnsupportedGrantType(grantType));
        if (string.IsNullOrEmpty(assertion)) return Error(OAuthError.MissingAssertion);
        var problem = verifier.Check(assertion, audience);
        if (problem is not null) return Error(problem);
        return FcmReply.Ok(new Dictionary<string, object>
        {
            ["access_token"] = tokens.Issue(),
            ["expires_in"] = tokens.LifetimeSeconds,
            ["token_type"] = "Bearer",
        });
    }

    private static FcmReply Error(OAuthError error, int? retryAfterSeconds = null) => new(error.HttpStatus,
        SandboxJson.Serialize(new Dictionary<string, string>
        {
            ["error"] = error.Error,
            ["error_description"] = error.Description,
        }), retryAfterSeconds);
}
