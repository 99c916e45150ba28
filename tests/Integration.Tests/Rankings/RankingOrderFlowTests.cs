using System.Net;
using System.Text.Json;
using Hexagon.Application.Outbox.RelayOutbox;
using Hexagon.Integration.Tests.Cart;
using Hexagon.Integration.Tests.Identity.Http;
using Hexagon.Integration.Tests.Infrastructure;
using Hexagon.Integration.Tests.Sandbox;
using Microsoft.Extensions.DependencyInjection;

namespace Hexagon.Integration.Tests.Rankings;

/// <summary>
/// The whole path on the real service: an order placed while Redis is stopped succeeds, its ranking message waits in
/// the outbox, and once Redis is back the relay counts it; the customer's cancel takes it back out.
/// </summary>
public sealed class RankingOrderFlowTests
{
    [Test]
    public async Task Orders_succeed_with_Redis_stopped_and_are_ranked_once_it_is_back()
    {
        await using var database = await ThrowawayDatabase.CreateMigratedAsync("hexagon_rankflow");
        await using var toss = await TossSandboxHarness.StartAsync();
        using var redis = new RedisServerProcess();
        redis.Start();
        redis.Stop();
        await using var factory = new HexagonApiFactory(
            new Dictionary<string, string?>
            {
                ["Toss:BaseUrl"] = toss.Server.BaseUrl.ToString(),
                ["Toss:SecretKey"] = TossSandboxHarness.SecretKey,
                // A retry is due at once, so the second relay run below needs no waiting.
                ["Outbox:BaseDelay"] = "00:00:00",
            },
            database.Name,
            redis.Configuration);
        using var client = factory.CreateClient();
        var rows = new CartRows(database);
        var storeId = await rows.StoreAsync("흐름 카페");
        var menuId = await rows.MenuAsync(storeId, "아메리카노", 4_500);
        var customer = await new IdentityApi(client).NewUserAsync();

        var orderNo = await PlaceOrderAsync(client, toss, customer.AccessToken, storeId, menuId);
        await RelayAsync(factory);
        Assert.That(await StatusAsync(database, "ranking.order-placed"), Is.EqualTo(("PENDING", "the ranking store is unavailable")));

        redis.Start();
        await WaitUntilRankingAnswersAsync(client);
        await RelayAsync(factory);

        Assert.That((await StatusAsync(database, "ranking.order-placed")).Status, Is.EqualTo("DONE"));
        var ranking = await GetAsync(client, "/api/v1/rankings/stores?period=all&metric=revenue");
        Assert.That(ranking.GetProperty("data").GetArrayLength(), Is.EqualTo(1));
        Assert.That(ranking.GetProperty("data")[0].GetProperty("storeId").GetInt64(), Is.EqualTo(storeId));
        Assert.That(ranking.GetProperty("data")[0].GetProperty("name").GetString(), Is.EqualTo("흐름 카페"));
        Assert.That(ranking.GetProperty("data")[0].GetProperty("value").GetInt64(), Is.EqualTo(9_000));

        using (var cancel = await JsonHttp.SendAsync(client, HttpMethod.Post, $"/api/v1/orders/{orderNo}/cancel", customer.AccessToken))
        {
            Assert.That(cancel.StatusCode, Is.EqualTo(HttpStatusCode.OK), await cancel.Content.ReadAsStringAsync());
        }

        await RelayAsync(factory);
        Assert.That((await GetAsync(client, "/api/v1/rankings/stores?period=day")).GetProperty("data").GetArrayLength(), Is.Zero);
    }

    private static async Task<string> PlaceOrderAsync(HttpClient client, TossSandboxHarness toss, string token, long storeId, long menuId)
    {
        using (var added = await JsonHttp.SendAsync(client, HttpMethod.Post, "/api/v1/cart/items", token, new { storeId, menuId, quantity = 2 }))
        {
            await JsonHttp.ReadAsync(added, HttpStatusCode.Created);
        }

        using var checkoutResponse = await JsonHttp.SendAsync(client, HttpMethod.Post, "/api/v1/checkout", token, new { usePoints = 0 });
        var checkout = await JsonHttp.ReadAsync(checkoutResponse, HttpStatusCode.Created);
        var orderNo = checkout.GetProperty("orderId").GetString()!;
        var payment = await toss.SendAsync(HttpMethod.Post, "sandbox/v1/payments", new
        {
            orderId = orderNo,
            orderName = checkout.GetProperty("orderName").GetString(),
            amount = checkout.GetProperty("amount").GetInt64(),
            method = "카드",
        }, authorization: null);
        var paymentKey = payment.Body.GetProperty("paymentKey").GetString()!;
        using var placed = await JsonHttp.SendAsync(client, HttpMethod.Post, "/api/v1/orders", token, new { orderId = orderNo, paymentKey, amount = 9_000 });
        await JsonHttp.ReadAsync(placed, HttpStatusCode.Created);
        return orderNo;
    }

    private static async Task RelayAsync(HexagonApiFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IRelayOutbox>().RelayAsync(new RelayOutboxCommand(100), CancellationToken.None);
    }

    private static async Task<(string Status, string? Reason)> StatusAsync(ThrowawayDatabase database, string type)
    {
        var row = (await database.QueryAsync<(string, string?)>(
            "SELECT status, SUBSTRING_INDEX(last_error, ':', 1) FROM outbox_messages WHERE type = @type", new { type })).Single();
        return row;
    }

    /// <summary>The multiplexer reconnects in the background; wait (bounded) until the ranking answers again.</summary>
    private static async Task WaitUntilRankingAnswersAsync(HttpClient client)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            using var response = await client.GetAsync(new Uri("/api/v1/rankings/stores?period=all", UriKind.Relative));
            if (response.StatusCode == HttpStatusCode.OK)
            {
                return;
            }

            Assert.That(DateTime.UtcNow, Is.LessThan(deadline), "Redis did not come back within 30 s");
            await Task.Delay(200);
        }
    }

    private static async Task<JsonElement> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        return await JsonHttp.ReadAsync(response, HttpStatusCode.OK);
    }
}
