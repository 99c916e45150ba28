using Hexagon.Adapters.Payments.Toss;
using Hexagon.Integration.Tests.Sandbox;
using Microsoft.Extensions.Logging.Abstractions;

namespace Hexagon.Integration.Tests.Payments;

/// <summary>
/// The production gateway and handler chain (Basic auth, retry/breaker/timeout) pointed at a fresh Toss sandbox, with
/// short limits so timeouts are quick to provoke.
/// </summary>
internal sealed class GatewayUnderTest : IAsyncDisposable
{
    private readonly HttpClient _http;

    private GatewayUnderTest(TossSandboxHarness sandbox, TossResilienceSettings settings, string secretKey)
    {
        Sandbox = sandbox;
        var handler = new TossCircuit(settings).CreateHandler();
        handler.InnerHandler = new SocketsHttpHandler();
        _http = new HttpClient(handler) { BaseAddress = sandbox.Server.BaseUrl, Timeout = TimeSpan.FromSeconds(30) };
        _http.DefaultRequestHeaders.Authorization = TossBasicAuthentication.HeaderFor(secretKey);
        Gateway = new TossPaymentGateway(_http, NullLogger<TossPaymentGateway>.Instance);
    }

    public TossSandboxHarness Sandbox { get; }

    public TossPaymentGateway Gateway { get; }

    public static TossResilienceSettings QuickSettings(int maxRetries = 1, int breakerThroughput = 100) => new(
        AttemptTimeout: TimeSpan.FromMilliseconds(800),
        MaxRetries: maxRetries,
        RetryBaseDelay: TimeSpan.FromMilliseconds(20),
        BreakerMinimumThroughput: breakerThroughput,
        BreakDuration: TimeSpan.FromSeconds(30));

    public static async Task<GatewayUnderTest> StartAsync(
        TossResilienceSettings? settings = null, string secretKey = TossSandboxHarness.SecretKey, double confirmWindowSeconds = 600)
    {
        var sandbox = await TossSandboxHarness.StartAsync(toss => toss.ConfirmWindowSeconds = confirmWindowSeconds);
        return new GatewayUnderTest(sandbox, settings ?? QuickSettings(), secretKey);
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await Sandbox.DisposeAsync();
    }
}
