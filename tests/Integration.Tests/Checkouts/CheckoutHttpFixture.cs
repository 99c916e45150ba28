using System.Net;
using System.Text.Json;
using Hexagon.Application.Outbox.RelayOutbox;
using Hexagon.Integration.Tests.Cart;
using Hexagon.Integration.Tests.Identity.Http;
using Hexagon.Integration.Tests.Infrastructure;
using Hexagon.Integration.Tests.Ordering;
using Hexagon.Integration.Tests.Sandbox;
using Microsoft.Extensions.DependencyInjection;

namespace Hexagon.Integration.Tests.Checkouts;

/// <summary>
/// The service on its own migrated database, talking to its own Toss sandbox over HTTP. Every test signs up its own
/// customers and arranges its own store, so tests never share a cart, a checkout or a payment.
/// </summary>
public abstract class CheckoutHttpFixture
{
    private ThrowawayDatabase _database = null!;
    private HexagonApiFactory _factory = null!;

    internal TossSandboxHarness Toss { get; private set; } = null!;
    internal CartRows Catalog { get; private set; } = null!;
    internal PromotionRows Promotions { get; private set; } = null!;
    internal IdentityApi Api { get; private set; } = null!;
    internal OrderRows Orders { get; private set; } = null!;
    internal HttpClient Client { get; private set; } = null!;

    [OneTimeSetUp]
    public async Task StartService()
    {
        _database = await ThrowawayDatabase.CreateMigratedAsync("hexagon_checkout");
        Toss = await TossSandboxHarness.StartAsync();
        Catalog = new CartRows(_database);
        Promotions = new PromotionRows(_database);
        Orders = new OrderRows(_database);
        _factory = new HexagonApiFactory(
            new Dictionary<string, string?>
            {
                ["RateLimits:SignUpPermitLimit"] = "1000",
                ["Toss:BaseUrl"] = Toss.Server.BaseUrl.ToString(),
                ["Toss:SecretKey"] = TossSandboxHarness.SecretKey,
                ["Toss:TimeoutSeconds"] = "2",
                ["Toss:MaxRetries"] = "1",
                ["Toss:RetryBaseDelayMilliseconds"] = "20",
            },
            _database.Name);
        Client = _factory.CreateClient();
        Api = new IdentityApi(Client);
    }

    [OneTimeTearDown]
    public async Task StopService()
    {
        Client.Dispose();
        await _factory.DisposeAsync();
        await Toss.DisposeAsync();
        await _database.DisposeAsync();
    }

    /// <summary>Runs the outbox relay once, as its scheduled job would (jobs are off in tests).</summary>
    internal async Task<RelayOutboxResult> RunOutboxAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IRelayOutbox>().RelayAsync(new RelayOutboxCommand(100), CancellationToken.None);
    }

    [TearDown]
    public async Task ClearFaults() => (await Toss.Http.DeleteAsync("sandbox/v1/faults")).Dispose();

    /// <summary>A new customer with one store's menus in the cart: 아메리카노 4,500 × 2 and 카페라떼 5,000 × 1.</summary>
    internal async Task<Buyer> BuyerWithCartAsync(int americanoStock = 50)
    {
        var customer = await Api.NewUserAsync();
        var storeId = await Catalog.StoreAsync();
        var americano = await Catalog.MenuAsync(storeId, "아메리카노", 4_500, americanoStock);
        var latte = await Catalog.MenuAsync(storeId, "카페라떼", 5_000);
        await SendOkAsync(HttpMethod.Post, "/api/v1/cart/items", customer.AccessToken, new { storeId, menuId = americano, quantity = 2 }, HttpStatusCode.Created);
        await SendOkAsync(HttpMethod.Post, "/api/v1/cart/items", customer.AccessToken, new { storeId, menuId = latte, quantity = 1 }, HttpStatusCode.Created);
        return new Buyer(customer.UserId, customer.AccessToken, storeId, americano, latte);
    }

    internal Task<HttpResponseMessage> CheckoutAsync(string token, object? body = null) =>
        SendAsync(HttpMethod.Post, "/api/v1/checkout", token, body ?? new { usePoints = 0 });

    internal async Task<JsonElement> CheckoutOkAsync(string token, object? body = null) =>
        await ReadAsync(await CheckoutAsync(token, body), HttpStatusCode.Created);

    internal Task<HttpResponseMessage> ConfirmAsync(string token, string paymentKey, string orderId, long amount) =>
        SendAsync(HttpMethod.Post, "/api/v1/payments/confirm", token, new { paymentKey, orderId, amount });

    /// <summary>The buyer authenticates in the (sandbox) widget for this checkout; returns the payment key.</summary>
    internal async Task<string> AuthenticateAsync(JsonElement checkout, string method = "카드")
    {
        var answer = await Toss.SendAsync(HttpMethod.Post, "sandbox/v1/payments", new
        {
            orderId = checkout.GetProperty("orderId").GetString(),
            orderName = checkout.GetProperty("orderName").GetString(),
            amount = checkout.GetProperty("amount").GetInt64(),
            method,
        }, authorization: null);
        Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.OK), answer.ToString());
        return answer.Body.GetProperty("paymentKey").GetString()!;
    }

    internal Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? accessToken, object? body = null) =>
        JsonHttp.SendAsync(Client, method, path, accessToken, body);

    internal async Task<JsonElement> SendOkAsync(HttpMethod method, string path, string? accessToken, object? body, HttpStatusCode expected) =>
        await ReadAsync(await SendAsync(method, path, accessToken, body), expected);

    internal static Task<JsonElement> ReadAsync(HttpResponseMessage response, HttpStatusCode expected) => JsonHttp.ReadAsync(response, expected);

    internal sealed record Buyer(long UserId, string Token, long StoreId, long AmericanoId, long LatteId);
}
