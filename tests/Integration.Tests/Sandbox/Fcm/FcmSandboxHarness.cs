using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Hexagon.Sandbox;
using Hexagon.Sandbox.Fcm;

namespace Hexagon.Integration.Tests.Sandbox.Fcm;

/// <summary>
/// A sandbox whose trusted service account is a key pair made here (the sandbox only gets the public half), a clock
/// the test moves, and a plain HttpClient speaking OAuth and FCM HTTP v1 to it. No product code: these tests pin
/// the sandbox's contract, which the push adapter relies on.
/// </summary>
internal sealed class FcmSandboxHarness : IAsyncDisposable
{
    public const string ProjectId = "hexagon-tests";
    public const string ClientEmail = "push-tests@hexagon-tests.iam.gserviceaccount.com";
    public const string KeyId = "0123456789abcdef0123456789abcdef01234567";

    private FcmSandboxHarness(SandboxServer server, RSA key, FcmTestClock clock)
    {
        Server = server;
        Key = key;
        Clock = clock;
        Http = new HttpClient { BaseAddress = server.BaseUrl, Timeout = TimeSpan.FromSeconds(10) };
    }

    public SandboxServer Server { get; }

    public HttpClient Http { get; }

    /// <summary>The service account's private key.</summary>
    public RSA Key { get; }

    public FcmTestClock Clock { get; }

    public string TokenUri => new Uri(Server.BaseUrl, "token").ToString();

    public static async Task<FcmSandboxHarness> StartAsync(Action<FcmSandboxSettings>? configure = null)
    {
        var key = RSA.Create(2048);
        var fcm = new FcmSandboxSettings
        {
            ProjectId = ProjectId,
            ClientEmail = ClientEmail,
            PublicKeyPem = key.ExportSubjectPublicKeyInfoPem(),
            PrivateKeyId = KeyId,
        };
        configure?.Invoke(fcm);
        var clock = new FcmTestClock();
        return new FcmSandboxHarness(await SandboxServer.StartAsync(new SandboxSettings { Fcm = fcm }, clock), key, clock);
    }

    /// <summary>A good assertion for this sandbox; change it with <c>with { ... }</c> for the bad cases.</summary>
    public TestAssertion Assertion() => TestAssertion.For(ClientEmail, TokenUri, Clock.Now, KeyId);

    public Task<FcmAnswer> ExchangeAsync(string assertion, string grantType = "urn:ietf:params:oauth:grant-type:jwt-bearer") =>
        SendAsync(new HttpRequestMessage(HttpMethod.Post, "token")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = grantType,
                ["assertion"] = assertion,
            }),
        });

    public async Task<string> AccessTokenAsync()
    {
        var answer = await ExchangeAsync(Assertion().SignWith(Key));
        Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.OK), answer.ToString());
        return answer.Body.GetProperty("access_token").GetString()!;
    }

    /// <summary>messages:send with <paramref name="body"/> as JSON text (so tests control every byte).</summary>
    public Task<FcmAnswer> SendRawAsync(string json, string? accessToken, string projectId = ProjectId)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"v1/projects/{projectId}/messages:send")
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        if (accessToken is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return SendAsync(request);
    }

    public Task<FcmAnswer> SendAsync(object body, string? accessToken, string projectId = ProjectId) =>
        SendRawAsync(JsonSerializer.Serialize(body), accessToken, projectId);

    public async Task<JsonElement[]> DeliveredAsync(string? token)
    {
        var path = "sandbox/v1/fcm/messages" + (token is null ? "" : "?token=" + Uri.EscapeDataString(token));
        var answer = await SendAsync(new HttpRequestMessage(HttpMethod.Get, path));
        Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.OK), answer.ToString());
        return answer.Body.EnumerateArray().ToArray();
    }

    public async Task ArmFaultAsync(object fault)
    {
        using var response = await Http.PostAsJsonAsync("sandbox/v1/faults", fault);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
    }

    public static string NewDeviceToken() => "device-" + Guid.NewGuid().ToString("N");

    public async Task<FcmAnswer> SendAsync(HttpRequestMessage request)
    {
        using (request)
        {
            using var response = await Http.SendAsync(request);
            var raw = await response.Content.ReadAsStringAsync();
            var parsed = raw.Length == 0 ? default : JsonDocument.Parse(raw).RootElement.Clone();
            return new FcmAnswer(response.StatusCode, parsed, raw, response.Headers.RetryAfter?.ToString());
        }
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Server.DisposeAsync();
        Key.Dispose();
    }
}
