using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Hexagon.Integration.Tests.Notifications;

/// <summary>
/// A stand-in for FCM HTTP v1, its OAuth token endpoint and a Slack incoming webhook, on a free loopback port (our own
/// until the FCM sandbox in tests/Sandbox is finished). The token endpoint checks the RS256 assertion against the
/// service account's public key; messages:send checks the bearer token, answers scripted errors per device token in
/// FCM's error shape, and records what it delivered. The webhook records texts and answers scripted statuses.
/// </summary>
internal sealed class FakeFcmServer : IAsyncDisposable
{
    public const string ProjectId = "hexagon-test";
    public const string ClientEmail = "push@hexagon-test.iam.gserviceaccount.com";

    private readonly WebApplication _app;
    private readonly RSA _key = RSA.Create(2048);
    private readonly ConcurrentDictionary<string, bool> _issued = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ConcurrentQueue<FcmFault>> _faults = new(StringComparer.Ordinal);
    private int _grants;

    private FakeFcmServer(WebApplication app)
    {
        _app = app;
        app.MapPost("/token", (Func<HttpContext, Task<IResult>>)IssueTokenAsync);
        app.MapPost("/v1/projects/{projectId}/{action}", SendAsync);
        app.MapPost("/slack", async (HttpContext context) =>
        {
            var body = await JsonSerializer.DeserializeAsync<JsonElement>(context.Request.Body);
            SlackPosts.Enqueue(body.GetProperty("text").GetString() ?? "");
            return Results.StatusCode(SlackAnswers.TryDequeue(out var status) ? status : 200);
        });
    }

    public string BaseUrl { get; private set; } = "";

    public string TokenUri => BaseUrl + "/token";

    public string SlackUrl => BaseUrl + "/slack";

    public int Grants => _grants;

    public ConcurrentQueue<JsonElement> Delivered { get; } = new();

    public ConcurrentQueue<string> SlackPosts { get; } = new();

    public ConcurrentQueue<int> SlackAnswers { get; } = new();

    /// <summary>A service-account key file whose private key this server knows the public half of.</summary>
    public string ServiceAccountJson => JsonSerializer.Serialize(new Dictionary<string, string>
    {
        ["type"] = "service_account",
        ["project_id"] = ProjectId,
        ["private_key_id"] = "key-1",
        ["private_key"] = _key.ExportPkcs8PrivateKeyPem(),
        ["client_email"] = ClientEmail,
        ["token_uri"] = "https://oauth2.googleapis.com/token",
    });

    public static async Task<FakeFcmServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.Sources.Clear();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, 0));
        var server = new FakeFcmServer(builder.Build());
        await server._app.StartAsync();
        server.BaseUrl = server._app.Urls.First();
        return server;
    }

    /// <summary>The next sends to <paramref name="token"/> fail with these faults, in order; then it is delivered.</summary>
    public void FailNext(string token, params FcmFault[] faults)
    {
        var queue = _faults.GetOrAdd(token, _ => new ConcurrentQueue<FcmFault>());
        foreach (var fault in faults)
        {
            queue.Enqueue(fault);
        }
    }

    public IReadOnlyList<JsonElement> DeliveredTo(string token) =>
        Delivered.Where(message => message.GetProperty("token").GetString() == token).ToList();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _key.Dispose();
    }

    private async Task<IResult> IssueTokenAsync(HttpContext context)
    {
        var form = await context.Request.ReadFormAsync();
        if (form["grant_type"] != "urn:ietf:params:oauth:grant-type:jwt-bearer" || !IsValidAssertion(form["assertion"].ToString()))
        {
            return Results.Json(new { error = "invalid_grant" }, statusCode: 400);
        }

        var token = "ya29.fake-" + Interlocked.Increment(ref _grants);
        _issued[token] = true;
        return Results.Json(new { access_token = token, expires_in = 3600, token_type = "Bearer" });
    }

    private bool IsValidAssertion(string assertion)
    {
        var parts = assertion.Split('.');
        if (parts.Length != 3)
        {
            return false;
        }

        var signed = _key.VerifyData(Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]), FromBase64Url(parts[2]), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var header = JsonDocument.Parse(FromBase64Url(parts[0]));
        using var claims = JsonDocument.Parse(FromBase64Url(parts[1]));
        var claim = claims.RootElement;
        return signed
            && header.RootElement.GetProperty("alg").GetString() == "RS256"
            && claim.GetProperty("iss").GetString() == ClientEmail
            && claim.GetProperty("aud").GetString() == TokenUri
            && claim.GetProperty("scope").GetString() == "https://www.googleapis.com/auth/firebase.messaging"
            && claim.GetProperty("exp").GetInt64() - claim.GetProperty("iat").GetInt64() is > 0 and <= 3600;
    }

    private async Task<IResult> SendAsync(string projectId, string action, HttpContext context)
    {
        var bearer = context.Request.Headers.Authorization.ToString();
        if (action != "messages:send" || projectId != ProjectId)
        {
            return Error(404, "NOT_FOUND", null);
        }

        if (!bearer.StartsWith("Bearer ", StringComparison.Ordinal) || !_issued.ContainsKey(bearer["Bearer ".Length..]))
        {
            return Error(401, "UNAUTHENTICATED", null);
        }

        var body = await JsonSerializer.DeserializeAsync<JsonElement>(context.Request.Body);
        var message = body.GetProperty("message");
        var token = message.GetProperty("token").GetString() ?? "";
        if (_faults.TryGetValue(token, out var queue) && queue.TryDequeue(out var fault))
        {
            if (fault.RetryAfterSeconds is { } seconds)
            {
                context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            return Error(fault.Status, fault.Status switch { 404 => "NOT_FOUND", 429 => "RESOURCE_EXHAUSTED", 503 => "UNAVAILABLE", 403 => "PERMISSION_DENIED", _ => "INTERNAL" }, fault.ErrorCode);
        }

        Delivered.Enqueue(message.Clone());
        return Results.Json(new { name = $"projects/{ProjectId}/messages/{Delivered.Count}" });
    }

    private static IResult Error(int status, string statusText, string? errorCode) => Results.Json(new
    {
        error = new
        {
            code = status,
            status = statusText,
            message = "scripted failure",
            details = errorCode is null
                ? Array.Empty<object>()
                : [new Dictionary<string, string> { ["@type"] = "type.googleapis.com/google.firebase.fcm.v1.FcmError", ["errorCode"] = errorCode }],
        },
    }, statusCode: status);

    private static byte[] FromBase64Url(string text)
    {
        var base64 = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '='));
    }
}
