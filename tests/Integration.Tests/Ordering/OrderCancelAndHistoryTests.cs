using System.Net;
using Hexagon.Integration.Tests.Checkouts;
using Hexagon.Integration.Tests.Web;

namespace Hexagon.Integration.Tests.Ordering;

/// <summary>GET /api/v1/orders, GET /api/v1/orders/{orderNo} and the customer's cancel, on real MariaDB and the sandbox.</summary>
public sealed class OrderCancelAndHistoryTests : CheckoutHttpFixture
{
    [Test]
    public async Task Cancelling_before_acceptance_refunds_and_restores_stock_coupon_and_points()
    {
        var buyer = await BuyerWithCartAsync();
        var coupon = await Promotions.CouponAsync(buyer.UserId, discount: 1_000);
        await Promotions.PointsAsync(buyer.UserId, 2_000);
        var (orderNo, paymentKey) = await PlacedOrderAsync(buyer, new { userCouponId = coupon, usePoints = 2_000 }, 11_000);
        Assert.That(await Orders.StockAsync(buyer.AmericanoId), Is.EqualTo(48));
        Assert.That(await Orders.CouponIsUsedAsync(coupon), Is.True);
        Assert.That(await Orders.PointsAsync(buyer.UserId), Is.Zero);

        var cancelled = await ReadAsync(
            await SendAsync(HttpMethod.Post, $"/api/v1/orders/{orderNo}/cancel", buyer.Token, new { reason = "주문 실수" }), HttpStatusCode.OK);

        Assert.That(cancelled.GetProperty("status").GetString(), Is.EqualTo("CANCELED"));
        Assert.That(cancelled.GetProperty("history")[1].GetProperty("reason").GetString(), Is.EqualTo("주문 실수"));
        Assert.That(await Orders.StockAsync(buyer.AmericanoId), Is.EqualTo(50));
        Assert.That(await Orders.CouponIsUsedAsync(coupon), Is.False, "the coupon is usable again");
        Assert.That(await Orders.PointsAsync(buyer.UserId), Is.EqualTo(2_000));
        Assert.That((await Toss.GetAsync($"v1/payments/{paymentKey}")).PaymentStatus, Is.EqualTo("CANCELED"));
        Assert.That(await Orders.RefundStatusAsync(orderNo), Is.EqualTo("DONE"));
        Assert.That(await Orders.OutboxAsync("ranking.order-cancelled", orderNo), Is.EqualTo(1));
    }

    [Test]
    public async Task Cancelling_twice_changes_nothing_the_second_time()
    {
        var buyer = await BuyerWithCartAsync();
        var (orderNo, _) = await PlacedOrderAsync(buyer);

        await ReadAsync(await SendAsync(HttpMethod.Post, $"/api/v1/orders/{orderNo}/cancel", buyer.Token), HttpStatusCode.OK);
        var again = await ReadAsync(await SendAsync(HttpMethod.Post, $"/api/v1/orders/{orderNo}/cancel", buyer.Token), HttpStatusCode.OK);

        Assert.That(again.GetProperty("status").GetString(), Is.EqualTo("CANCELED"));
        Assert.That(again.GetProperty("history").GetArrayLength(), Is.EqualTo(2));
        Assert.That(await Orders.StockAsync(buyer.AmericanoId), Is.EqualTo(50), "the stock came back once");
    }

    [Test]
    public async Task An_accepted_order_can_no_longer_be_cancelled()
    {
        var buyer = await BuyerWithCartAsync();
        var (orderNo, paymentKey) = await PlacedOrderAsync(buyer);
        await Orders.AcceptAsync(orderNo);

        using var response = await SendAsync(HttpMethod.Post, $"/api/v1/orders/{orderNo}/cancel", buyer.Token);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict, "4530");
        Assert.That((await Toss.GetAsync($"v1/payments/{paymentKey}")).PaymentStatus, Is.EqualTo("DONE"));
    }

    [Test]
    public async Task Someone_elses_order_is_not_found_to_read_or_cancel()
    {
        var buyer = await BuyerWithCartAsync();
        var (orderNo, _) = await PlacedOrderAsync(buyer);
        var stranger = await Api.NewUserAsync();

        using var read = await SendAsync(HttpMethod.Get, $"/api/v1/orders/{orderNo}", stranger.AccessToken);
        using var cancel = await SendAsync(HttpMethod.Post, $"/api/v1/orders/{orderNo}/cancel", stranger.AccessToken);

        await ProblemAssert.IsProblemAsync(read, HttpStatusCode.NotFound, "4520");
        await ProblemAssert.IsProblemAsync(cancel, HttpStatusCode.NotFound, "4520");
        Assert.That(await Orders.StockAsync(buyer.AmericanoId), Is.EqualTo(48));
    }

    [Test]
    public async Task The_order_page_shows_its_status_history()
    {
        var buyer = await BuyerWithCartAsync();
        var (orderNo, _) = await PlacedOrderAsync(buyer);

        var order = await ReadAsync(await SendAsync(HttpMethod.Get, $"/api/v1/orders/{orderNo}", buyer.Token), HttpStatusCode.OK);

        var first = order.GetProperty("history")[0];
        Assert.That(first.GetProperty("to").GetString(), Is.EqualTo("PAID"));
        Assert.That(first.TryGetProperty("from", out _), Is.False, "no status before the first");
    }

    [Test]
    public async Task My_orders_are_paged_newest_first_without_repeats()
    {
        var buyer = await BuyerWithCartAsync();
        var placed = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            if (i > 0)
            {
                await SendOkAsync(HttpMethod.Post, "/api/v1/cart/items", buyer.Token, new { storeId = buyer.StoreId, menuId = buyer.LatteId, quantity = 1 }, HttpStatusCode.Created);
            }

            placed.Add((await PlacedOrderAsync(buyer, amount: i == 0 ? 14_000 : 5_000)).OrderNo);
        }

        var first = await ReadAsync(await SendAsync(HttpMethod.Get, "/api/v1/orders?take=2", buyer.Token), HttpStatusCode.OK);
        var cursor = first.GetProperty("meta").GetProperty("nextCursor").GetString();
        var second = await ReadAsync(await SendAsync(HttpMethod.Get, $"/api/v1/orders?take=2&cursor={cursor}", buyer.Token), HttpStatusCode.OK);

        var seen = first.GetProperty("data").EnumerateArray().Concat(second.GetProperty("data").EnumerateArray())
            .Select(order => order.GetProperty("orderNo").GetString()).ToList();
        Assert.That(seen, Is.EqualTo(Enumerable.Reverse(placed).ToList()));
        Assert.That(second.GetProperty("meta").GetProperty("hasNext").GetBoolean(), Is.False);
    }

    [Test]
    public async Task A_tampered_or_foreign_cursor_and_unknown_keys_are_refused()
    {
        var buyer = await BuyerWithCartAsync();
        var stranger = await Api.NewUserAsync();
        await PlacedOrderAsync(buyer);
        await SendOkAsync(HttpMethod.Post, "/api/v1/cart/items", buyer.Token, new { storeId = buyer.StoreId, menuId = buyer.LatteId, quantity = 1 }, HttpStatusCode.Created);
        await PlacedOrderAsync(buyer, amount: 5_000);
        var page = await ReadAsync(await SendAsync(HttpMethod.Get, "/api/v1/orders?take=1", buyer.Token), HttpStatusCode.OK);
        var cursor = page.GetProperty("meta").GetProperty("nextCursor").GetString()!;

        using var tampered = await SendAsync(HttpMethod.Get, $"/api/v1/orders?cursor={cursor[..^2]}xx", buyer.Token);
        using var foreign = await SendAsync(HttpMethod.Get, $"/api/v1/orders?cursor={cursor}", stranger.AccessToken);
        using var unknown = await SendAsync(HttpMethod.Get, "/api/v1/orders?status=PAID", buyer.Token);

        await ProblemAssert.IsProblemAsync(tampered, HttpStatusCode.BadRequest, "2003");
        await ProblemAssert.IsProblemAsync(foreign, HttpStatusCode.BadRequest, "2003");
        await ProblemAssert.IsProblemAsync(unknown, HttpStatusCode.BadRequest, "1111");
    }

    private async Task<(string OrderNo, string PaymentKey)> PlacedOrderAsync(Buyer buyer, object? checkoutBody = null, long amount = 14_000)
    {
        var checkout = await CheckoutOkAsync(buyer.Token, checkoutBody);
        var orderNo = checkout.GetProperty("orderId").GetString()!;
        var paymentKey = await AuthenticateAsync(checkout);
        await ReadAsync(
            await SendAsync(HttpMethod.Post, "/api/v1/orders", buyer.Token, new { orderId = orderNo, paymentKey, amount }), HttpStatusCode.Created);
        return (orderNo, paymentKey);
    }
}
