using System.Net;
using System.Text.Json;
using Hexagon.Integration.Tests.Checkouts;
using Hexagon.Integration.Tests.Web;

namespace Hexagon.Integration.Tests.Ordering;

/// <summary>POST /api/v1/orders on real MariaDB against the Toss sandbox: one order per charge, or the money back.</summary>
public sealed class OrderPlacementTests : CheckoutHttpFixture
{
    [Test]
    public async Task One_call_places_the_order_from_the_checkout_snapshot()
    {
        var buyer = await BuyerWithCartAsync();
        var (orderNo, paymentKey) = await PaidCheckoutAsync(buyer);

        var order = await ReadAsync(await PlaceAsync(buyer.Token, orderNo, paymentKey, 14_000), HttpStatusCode.Created);

        Assert.That(order.GetProperty("orderNo").GetString(), Is.EqualTo(orderNo));
        Assert.That(order.GetProperty("status").GetString(), Is.EqualTo("PAID"));
        Assert.That(order.GetProperty("store").GetProperty("storeId").GetInt64(), Is.EqualTo(buyer.StoreId));
        Assert.That(order.GetProperty("items").GetArrayLength(), Is.EqualTo(2));
        Assert.That(order.GetProperty("items")[0].GetProperty("lineAmount").GetInt64(), Is.EqualTo(9_000));
        Assert.That(order.GetProperty("totalAmount").GetInt64(), Is.EqualTo(14_000));
        Assert.That(order.GetProperty("payment").GetProperty("method").GetString(), Is.EqualTo("신한카드"));
        Assert.That(await Orders.StockAsync(buyer.AmericanoId), Is.EqualTo(48));
        Assert.That(await Orders.CartLinesAsync(buyer.UserId), Is.Zero, "the cart is emptied");
        Assert.That(await Promotions.CheckoutStatusAsync(orderNo), Is.EqualTo("ORDERED"));
        Assert.That(await Orders.OutboxAsync("push.order-paid", orderNo), Is.EqualTo(1));
        Assert.That(await Orders.OutboxAsync("ranking.order-placed", orderNo), Is.EqualTo(1));
    }

    [Test]
    public async Task After_a_separate_confirm_the_order_uses_that_payment()
    {
        var buyer = await BuyerWithCartAsync();
        var (orderNo, paymentKey) = await PaidCheckoutAsync(buyer);
        await ReadAsync(await ConfirmAsync(buyer.Token, paymentKey, orderNo, 14_000), HttpStatusCode.OK);

        var order = await ReadAsync(await PlaceAsync(buyer.Token, orderNo, paymentKey, 14_000), HttpStatusCode.Created);

        Assert.That(order.GetProperty("status").GetString(), Is.EqualTo("PAID"));
        Assert.That(await Promotions.PaymentRowsAsync(orderNo), Is.EqualTo(1));
    }

    [Test]
    public async Task The_same_order_id_again_answers_the_same_order()
    {
        var buyer = await BuyerWithCartAsync();
        var (orderNo, paymentKey) = await PaidCheckoutAsync(buyer);

        var first = await ReadAsync(await PlaceAsync(buyer.Token, orderNo, paymentKey, 14_000), HttpStatusCode.Created);
        var again = await ReadAsync(await PlaceAsync(buyer.Token, orderNo, paymentKey, 14_000), HttpStatusCode.OK);

        Assert.That(again.ToString(), Is.EqualTo(first.ToString()));
        Assert.That(await Orders.OrdersAsync(orderNo), Is.EqualTo(1));
        Assert.That(await Orders.StockAsync(buyer.AmericanoId), Is.EqualTo(48), "the stock was taken once");
    }

    [Test]
    public async Task Racing_submits_of_one_order_make_one_order_and_one_charge()
    {
        var buyer = await BuyerWithCartAsync();
        var (orderNo, paymentKey) = await PaidCheckoutAsync(buyer);

        var answers = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => PlaceAsync(buyer.Token, orderNo, paymentKey, 14_000)));

        var statuses = new List<HttpStatusCode>();
        foreach (var answer in answers)
        {
            using (answer)
            {
                statuses.Add(answer.StatusCode);
            }
        }

        Assert.That(statuses.Count(status => status == HttpStatusCode.Created), Is.EqualTo(1), string.Join(",", statuses));
        Assert.That(statuses.Count(status => status == HttpStatusCode.OK), Is.EqualTo(4));
        Assert.That(await Orders.OrdersAsync(orderNo), Is.EqualTo(1));
        Assert.That(await Promotions.PaymentRowsAsync(orderNo), Is.EqualTo(1));
        Assert.That(await Orders.RefundStatusAsync(orderNo), Is.EqualTo("NONE"), "nothing was refunded");
        Assert.That((await Toss.GetAsync($"v1/payments/{paymentKey}")).PaymentStatus, Is.EqualTo("DONE"));
    }

    [Test]
    public async Task Stock_gone_after_the_checkout_refunds_the_payment_and_answers_4500()
    {
        var buyer = await BuyerWithCartAsync();
        var (orderNo, paymentKey) = await PaidCheckoutAsync(buyer);
        await Catalog.SetMenuAsync(buyer.AmericanoId, price: 4_500, stock: 1, soldOut: false);

        using var response = await PlaceAsync(buyer.Token, orderNo, paymentKey, 14_000);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict, "4500");
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("결제는 취소되었어요"));
        var shortMenu = problem.GetProperty("details").GetProperty("menus")[0];
        Assert.That(shortMenu.GetProperty("menuId").GetInt64(), Is.EqualTo(buyer.AmericanoId));
        Assert.That(shortMenu.GetProperty("remaining").GetInt32(), Is.EqualTo(1));
        Assert.That((await Toss.GetAsync($"v1/payments/{paymentKey}")).PaymentStatus, Is.EqualTo("CANCELED"));
        Assert.That(await Orders.RefundStatusAsync(orderNo), Is.EqualTo("DONE"));
        Assert.That(await Orders.OrdersAsync(orderNo), Is.Zero);
        Assert.That(await Orders.StockAsync(buyer.AmericanoId), Is.EqualTo(1), "nothing was taken");
    }

    [Test]
    public async Task A_refund_Toss_first_fails_is_finished_by_the_outbox()
    {
        var buyer = await BuyerWithCartAsync();
        var (orderNo, paymentKey) = await PaidCheckoutAsync(buyer);
        await Catalog.SetMenuAsync(buyer.AmericanoId, price: 4_500, stock: 0, soldOut: false);
        await Toss.ArmFaultAsync(new { operation = "cancel", code = "FAILED_REFUND_PROCESS", httpStatus = 500, times = 1 });

        using var response = await PlaceAsync(buyer.Token, orderNo, paymentKey, 14_000);
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict, "4500");
        Assert.That((await Toss.GetAsync($"v1/payments/{paymentKey}")).PaymentStatus, Is.EqualTo("DONE"), "the first refund failed");

        await RunOutboxAsync();

        Assert.That((await Toss.GetAsync($"v1/payments/{paymentKey}")).PaymentStatus, Is.EqualTo("CANCELED"));
        Assert.That(await Orders.RefundStatusAsync(orderNo), Is.EqualTo("DONE"));
    }

    [Test]
    public async Task Two_orders_racing_for_one_coupon_one_wins_and_the_other_is_refunded()
    {
        var buyer = await BuyerWithCartAsync();
        var coupon = await Promotions.CouponAsync(buyer.UserId, discount: 1_000);
        var first = await PaidCheckoutAsync(buyer, new { userCouponId = coupon, usePoints = 0 });
        var second = await PaidCheckoutAsync(buyer, new { userCouponId = coupon, usePoints = 0 });

        var answers = await Task.WhenAll(
            PlaceAsync(buyer.Token, first.OrderNo, first.PaymentKey, 13_000),
            PlaceAsync(buyer.Token, second.OrderNo, second.PaymentKey, 13_000));

        var codes = new List<string>();
        foreach (var answer in answers)
        {
            using (answer)
            {
                codes.Add(answer.StatusCode == HttpStatusCode.Created
                    ? "created"
                    : JsonDocument.Parse(await answer.Content.ReadAsStringAsync()).RootElement.GetProperty("errorCode").GetString()!);
            }
        }

        Assert.That(codes, Is.EquivalentTo(new[] { "created", "3202" }));
        var loser = codes[0] == "created" ? second : first;
        Assert.That((await Toss.GetAsync($"v1/payments/{loser.PaymentKey}")).PaymentStatus, Is.EqualTo("CANCELED"));
    }

    [Test]
    public async Task Two_orders_racing_for_the_last_points_one_wins_and_the_other_is_refunded()
    {
        var buyer = await BuyerWithCartAsync();
        await Promotions.PointsAsync(buyer.UserId, 3_000);
        var first = await PaidCheckoutAsync(buyer, new { usePoints = 3_000 });
        var second = await PaidCheckoutAsync(buyer, new { usePoints = 3_000 });

        var answers = await Task.WhenAll(
            PlaceAsync(buyer.Token, first.OrderNo, first.PaymentKey, 11_000),
            PlaceAsync(buyer.Token, second.OrderNo, second.PaymentKey, 11_000));

        var created = 0;
        foreach (var answer in answers)
        {
            using (answer)
            {
                created += answer.StatusCode == HttpStatusCode.Created ? 1 : 0;
            }
        }

        Assert.That(created, Is.EqualTo(1));
        Assert.That(await Orders.PointsAsync(buyer.UserId), Is.Zero, "spent once, never below zero");
    }

    [Test]
    public async Task Someone_elses_checkout_cannot_be_ordered()
    {
        var buyer = await BuyerWithCartAsync();
        var (orderNo, paymentKey) = await PaidCheckoutAsync(buyer);
        var stranger = await Api.NewUserAsync();

        using var response = await PlaceAsync(stranger.AccessToken, orderNo, paymentKey, 14_000);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, "3221");
        Assert.That((await Toss.GetAsync($"v1/payments/{paymentKey}")).PaymentStatus, Is.EqualTo("IN_PROGRESS"));
    }

    [Test]
    public async Task Fifty_buyers_for_twenty_in_stock_make_twenty_orders_and_thirty_refunds()
    {
        var storeId = await Catalog.StoreAsync("한정 카페");
        var menuId = await Catalog.MenuAsync(storeId, "한정 케이크", 5_000, stock: 20);
        var buyers = await Task.WhenAll(Enumerable.Range(0, 50).Select(async _ =>
        {
            var customer = await Api.NewUserAsync();
            await SendOkAsync(HttpMethod.Post, "/api/v1/cart/items", customer.AccessToken, new { storeId, menuId, quantity = 1 }, HttpStatusCode.Created);
            var checkout = await CheckoutOkAsync(customer.AccessToken);
            return (customer.AccessToken, OrderNo: checkout.GetProperty("orderId").GetString()!, PaymentKey: await AuthenticateAsync(checkout));
        }));

        var answers = await Task.WhenAll(buyers.Select(buyer => PlaceAsync(buyer.AccessToken, buyer.OrderNo, buyer.PaymentKey, 5_000)));

        var codes = new List<string>();
        foreach (var answer in answers)
        {
            using (answer)
            {
                codes.Add(answer.StatusCode == HttpStatusCode.Created
                    ? "created"
                    : JsonDocument.Parse(await answer.Content.ReadAsStringAsync()).RootElement.GetProperty("errorCode").GetString()!);
            }
        }

        Assert.That(codes.Count(code => code == "created"), Is.EqualTo(20), string.Join(",", codes.Distinct()));
        Assert.That(codes.Count(code => code == "4500"), Is.EqualTo(30), string.Join(",", codes.Distinct()));
        Assert.That(await Orders.StockAsync(menuId), Is.Zero);
        Assert.That(await Orders.OrdersOfStoreAsync(storeId), Is.EqualTo(20));
        var refunded = buyers.Select(buyer => buyer.OrderNo).Where((_, index) => codes[index] == "4500").ToList();
        Assert.That(await Orders.DoneRefundsAsync(refunded), Is.EqualTo(30));
    }

    private async Task<(string OrderNo, string PaymentKey)> PaidCheckoutAsync(Buyer buyer, object? body = null)
    {
        var checkout = await CheckoutOkAsync(buyer.Token, body);
        return (checkout.GetProperty("orderId").GetString()!, await AuthenticateAsync(checkout));
    }

    private Task<HttpResponseMessage> PlaceAsync(string token, string orderId, string paymentKey, long amount) =>
        SendAsync(HttpMethod.Post, "/api/v1/orders", token, new { orderId, paymentKey, amount });
}
