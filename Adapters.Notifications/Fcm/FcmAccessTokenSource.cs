using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Hexagon.Adapters.Notifications.Configuration;

namespace Hexagon.Adapters.Notifications.Fcm;

/// <summary>
/// OAuth access tokens for FCM by the JWT-bearer grant (RFC 7523): an RS256 JWT signed with the service account's key,
/// exchanged at <see cref="FcmOptions.TokenUri"/>. Built on System.Security.Cryptography rather than Google.Apis.Auth:
/// the token endpoint must be the configured one (our sandbox in tests) whatever the key file's token_uri says, the
/// grant is a dozen lines, and the library would add a package version to the shared Directory.Packages.props.
/// A token is cached (one per process, shared by all pushes) until <see cref="RefreshMargin"/> before it expires.
/// </summary>
public sealed class FcmAccessTokenSource : IDisposable
{
    public const string Scope = "https://www.googleapis.com/auth/firebase.messaging";
    public const string HttpClientName = "fcm-oauth";

    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan AssertionLifetime = TimeSpan.FromHours(1);

    private readonly Func<HttpClient> _httpClient;
    private readonly Uri _tokenUri;
    private readonly Lazy<ServiceAccountKey> _key;
    private readonly bool _configured;
    private readonly TimeProvider _clock;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private (string Token, DateTimeOffset RefreshAt)? _cached;

    public FcmAccessTokenSource(Func<HttpClient> httpClient, FcmOptions options, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(options);
        _httpClient = httpClient;
        _tokenUri = new Uri(options.TokenUri);
        _clock = clock;
        _configured = !string.IsNullOrWhiteSpace(options.ServiceAccountJson) || !string.IsNullOrWhiteSpace(options.ServiceAccountPath);
        _key = new Lazy<ServiceAccountKey>(() => LoadKey(options));
    }

    /// <summary>False when neither ServiceAccountPath nor ServiceAccountJson is set: pushes are then disabled.</summary>
    public bool IsConfigured => _configured;

    /// <summary>A valid access token, from the cache or a new grant.</summary>
    /// <exception cref="FcmTokenException">
    /// The key cannot be read or the token endpoint refused it (Misconfigured), or the endpoint failed (transient).
    /// </exception>
    public async Task<string> GetTokenAsync(CancellationToken cancellationToken)
    {
        var key = _key.Value;
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var now = _clock.GetUtcNow();
            if (_cached is { } cached && now < cached.RefreshAt)
            {
                return cached.Token;
            }

            var (token, expiresIn) = await RequestAsync(key, now, cancellationToken).ConfigureAwait(false);
            // A short-lived token is refreshed at half its life rather than never being cached.
            var margin = expiresIn > RefreshMargin * 2 ? RefreshMargin : expiresIn / 2;
            _cached = (token, now + expiresIn - margin);
            return token;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Forgets the cached token (FCM answered 401 with it).</summary>
    public void Invalidate() => _cached = null;

    public void Dispose() => _gate.Dispose();

    private async Task<(string Token, TimeSpan ExpiresIn)> RequestAsync(ServiceAccountKey key, DateTimeOffset now, CancellationToken cancellationToken)
    {
        using var body = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "urn:ietf:params:oauth:grant-type:jwt-bearer",
            ["assertion"] = Assertion(key, now),
        });
        using var response = await _httpClient().PostAsync(_tokenUri, body, cancellationToken).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            // 400 invalid_grant / 401 invalid_client: our key is wrong or revoked. 5xx, 429: the endpoint's trouble.
            var misconfigured = response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden;
            throw new FcmTokenException(misconfigured, string.Create(CultureInfo.InvariantCulture, $"token endpoint answered {(int)response.StatusCode}"));
        }

        var grant = JsonSerializer.Deserialize<TokenResponse>(text);
        if (grant is null || string.IsNullOrEmpty(grant.AccessToken) || grant.ExpiresIn <= 0)
        {
            throw new FcmTokenException(false, "token endpoint answered without an access token");
        }

        return (grant.AccessToken, TimeSpan.FromSeconds(grant.ExpiresIn));
    }

    private string Assertion(ServiceAccountKey key, DateTimeOffset now)
    {
        var header = new Dictionary<string, string> { ["alg"] = "RS256", ["typ"] = "JWT" };
        if (!string.IsNullOrEmpty(key.PrivateKeyId))
        {
            header["kid"] = key.PrivateKeyId;
        }

        var claims = new Dictionary<string, object>
        {
            ["iss"] = key.ClientEmail,
            ["scope"] = Scope,
            ["aud"] = _tokenUri.ToString(),
            ["iat"] = now.ToUnixTimeSeconds(),
            ["exp"] = (now + AssertionLifetime).ToUnixTimeSeconds(),
        };
        var signingInput = Base64Url(JsonSerializer.SerializeToUtf8Bytes(header)) + "." + Base64Url(JsonSerializer.SerializeToUtf8Bytes(claims));
        using var rsa = RSA.Create();
        try
        {
            rsa.ImportFromPem(key.PrivateKey);
        }
        catch (Exception exception) when (exception is ArgumentException or CryptographicException)
        {
            throw new FcmTokenException(true, "the service account's private_key is not a PEM RSA key");
        }

        var signature = rsa.SignData(Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return signingInput + "." + Base64Url(signature);
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    // The exception (a Lazy caches it) says what is wrong without the content or the path: both are secrets' places.
    private static ServiceAccountKey LoadKey(FcmOptions options)
    {
        try
        {
            return ServiceAccountKey.Parse(!string.IsNullOrWhiteSpace(options.ServiceAccountJson)
                ? options.ServiceAccountJson
                : File.ReadAllText(options.ServiceAccountPath!));
        }
        catch (Exception exception) when (exception is InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            throw new FcmTokenException(true, "the service-account key cannot be read: " + exception.GetType().Name);
        }
    }

    private sealed record TokenResponse(
        [property: JsonPropertyName("access_token")] string? AccessToken,
        [property: JsonPropertyName("expires_in")] long ExpiresIn);
}
