using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Hexagon.Sandbox;
using Hexagon.Sandbox.Toss;

namespace Hexagon.Integration.Tests.Sandbox;

/// <summary>
/// A sandbox on its own port plus a plain HttpClient speaking to it the way a Toss client would.
/// Deliberately no product code: these tests pin the sandbox's contract, which the payment adapter relies on.
/// </summary>
internal sealed class TossSandboxHarness : IAsyncDisposable
{
    public const string SecretKey = "test_sk_sandbox_tests_0001";

    private TossSandboxHarness(SandboxServer server)
    {
        Server = server;
        Http = new HttpClient { BaseAddress = server.BaseUrl, Timeout = TimeSpan.FromSeconds(10) };
    }

    public SandboxServer Server { get; }

    public HttpClient Http { get; }

    public static async Task<TossSandboxHarness> StartAsync(Action<TossSandboxSettings>? configure = null)
    {
        var toss = new TossSandboxSettings { SecretKey = SecretKey };
        configure?.Invoke(toss);
        return new TossSandboxHarness(await SandboxServer.StartAsync(new SandboxSettings { Toss = toss }));
    }

    public static string NewOrderId() => "order-" + Guid.NewGuid().ToString("N");

    public static string BasicValue(string decoded) => Convert.ToBase64String(Encoding.UTF8.GetBytes(decoded));

    public async Task<AuthenticatedPayment> AuthenticateAsync(long amount = 15_000, string method = "카드",
        string? declineWith = null)
    {
        var orderId = NewOrderId();
        var answer = await SendAsync(HttpMethod.Post, "sandbox/v1/payments",
            new { orderId, orderName = "아메리카노 외 2건", amount, method, declineWith }, authorization: null);
        Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.OK), answer.ToString());
        return new AuthenticatedPayment(answer.Body.GetProperty("paymentKey").GetString()!, orderId, amount);
    }

    public Task<TossAnswer> ConfirmAsync(AuthenticatedPayment payment, string? idempotencyKey = null) =>
        SendAsync(HttpMethod.Post, "v1/payments/confirm",
            new { paymentKey = payment.PaymentKey, orderId = payment.OrderId, amount = payment.Amount }, idempotencyKey);

    public Task<TossAnswer> CancelAsync(string paymentKey, string? reason, long? cancelAmount = null,
        string? idempotencyKey = null) =>
        SendAsync(HttpMethod.Post, $"v1/payments/{paymentKey}/cancel", new { cancelReason = reason, cancelAmount },
            idempotencyKey);

    public Task<TossAnswer> GetAsync(string path) => SendAsync(HttpMethod.Get, path, body: null);

    public async Task ArmFaultAsync(object fault)
    {
        using var response = await Http.PostAsJsonAsync("sandbox/v1/faults", fault);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
    }

    /// <summary>Sends a call; <paramref name="authorization"/> is the raw Basic value (default: the right key).</summary>
    public async Task<TossAnswer> SendAsync(HttpMethod method, string path, object? body, string? idempotencyKey = null,
        string? authorization = "default")
    {
        using var request = new HttpRequestMessage(method, path);
        if (authorization is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic",
                authorization == "default" ? BasicValue(SecretKey + ":") : authorization);
        if (idempotencyKey is not null) request.Headers.Add("Idempotency-Key", idempotencyKey);
        if (body is not null) request.Content = JsonContent.Create(body);
        using var response = await Http.SendAsync(request);
        var raw = await response.Content.ReadAsStringAsync();
        var parsed = raw.Length == 0 ? default : JsonDocument.Parse(raw).RootElement.Clone();
        return new TossAnswer(response.StatusCode, parsed, raw);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Server.DisposeAsync();
    }
}
