using System.Net;
using System.Text.Json;
using Hexagon.Integration.Tests.Identity.Http;
using Hexagon.Integration.Tests.Infrastructure;

namespace Hexagon.Integration.Tests.Cart;

/// <summary>
/// One running service per test class on its own migrated throwaway database (adapted from CatalogHttpFixture).
/// Every test signs up its own customers and arranges its own stores, so tests never share a cart.
/// </summary>
public abstract class CartHttpFixture
{
    private ThrowawayDatabase _database = null!;
    private HexagonApiFactory _factory = null!;

    internal CartRows Rows { get; private set; } = null!;

    internal IdentityApi Api { get; private set; } = null!;

    internal HttpClient Client { get; private set; } = null!;

    [OneTimeSetUp]
    public async Task StartService()
    {
        _database = await ThrowawayDatabase.CreateMigratedAsync("hexagon_cart");
        Rows = new CartRows(_database);
        _factory = new HexagonApiFactory(new Dictionary<string, string?> { ["RateLimits:SignUpPermitLimit"] = "1000" }, _database.Name);
        Client = _factory.CreateClient();
        Api = new IdentityApi(Client);
    }

    [OneTimeTearDown]
    public async Task StopService()
    {
        Client.Dispose();
        await _factory.DisposeAsync();
        await _database.DisposeAsync();
    }

    internal Task<IdentityApi.Tokens> NewCustomerAsync() => Api.NewUserAsync();

    internal Task<HttpResponseMessage> AddAsync(string token, long storeId, long menuId, int quantity, long[]? optionIds = null, bool? replaceCart = null) =>
        SendAsync(HttpMethod.Post, "/api/v1/cart/items", token, new { storeId, menuId, quantity, optionIds = optionIds ?? [], replaceCart });

    internal Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? accessToken, object? body = null) =>
        JsonHttp.SendAsync(Client, method, path, accessToken, body);

    /// <summary>Adds and expects 201; returns the line's id.</summary>
    internal async Task<long> AddOkAsync(string token, long storeId, long menuId, int quantity, long[]? optionIds = null, bool? replaceCart = null)
    {
        using var response = await AddAsync(token, storeId, menuId, quantity, optionIds, replaceCart);
        var body = await ReadAsync(response, HttpStatusCode.Created);
        return body.GetProperty("cartItemId").GetInt64();
    }

    internal async Task<JsonElement> GetCartAsync(string token)
    {
        using var response = await SendAsync(HttpMethod.Get, "/api/v1/cart", token);
        return await ReadAsync(response, HttpStatusCode.OK);
    }

    internal async Task<JsonElement> StockCheckAsync(string token)
    {
        using var response = await SendAsync(HttpMethod.Post, "/api/v1/cart/stock-check", token);
        return await ReadAsync(response, HttpStatusCode.OK);
    }

    internal static Task<JsonElement> ReadAsync(HttpResponseMessage response, HttpStatusCode expected) => JsonHttp.ReadAsync(response, expected);
}
