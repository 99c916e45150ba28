namespace Hexagon.Sandbox.Fcm;

/// <summary>
/// The FCM part of <see cref="SandboxSettings"/> (<c>Sandbox:Fcm:*</c>). Setters (not init) so configuration
/// binding works. Without <see cref="PublicKeyPem"/> the sandbox makes up a service account when it starts and
/// hands its JSON (private key included) out at <c>GET /sandbox/v1/fcm/service-account</c>.
/// </summary>
public sealed class FcmSandboxSettings
{
    public const string DefaultProjectId = "hexagon-local";

    public const string DefaultClientEmail = "firebase-adminsdk@hexagon-local.iam.gserviceaccount.com";

    /// <summary>The only project /v1/projects/{projectId}/messages:send accepts; others get SENDER_ID_MISMATCH.</summary>
    public string ProjectId { get; set; } = DefaultProjectId;

    /// <summary>The service account allowed to exchange assertions: the JWT's <c>iss</c>.</summary>
    public string ClientEmail { get; set; } = DefaultClientEmail;

    /// <summary>
    /// SPKI PEM ("-----BEGIN PUBLIC KEY-----") the assertions must verify against. Null: the sandbox generates a
    /// key pair at start. Tests set it to a key of their own, so their JWTs are checked independently.
    /// </summary>
    public string? PublicKeyPem { get; set; }

    /// <summary>The service account's <c>private_key_id</c>; an assertion whose <c>kid</c> differs is refused.
    /// Null with a configured key: any (or no) <c>kid</c> is accepted. Generated with a generated key.</summary>
    public string? PrivateKeyId { get; set; }

    /// <summary>
    /// The token_uri of the service account: an audience assertions may name besides Google's own
    /// (https://oauth2.googleapis.com/token, which Google.Apis.Auth always signs). Null: the URL the assertion was
    /// posted to, <c>{scheme}://{host}/token</c> — right unless the sandbox sits behind a proxy.
    /// </summary>
    public string? TokenUri { get; set; }

    /// <summary>The access token's <c>expires_in</c>. Google: 3600.</summary>
    public int AccessTokenLifetimeSeconds { get; set; } = 3600;

    /// <summary>Device tokens answered with 404 UNREGISTERED (more via <c>POST /sandbox/v1/fcm/unregistered</c>).</summary>
    public List<string> UnregisteredTokens { get; set; } = [];

    internal TimeSpan AccessTokenLifetime => TimeSpan.FromSeconds(AccessTokenLifetimeSeconds);
}
