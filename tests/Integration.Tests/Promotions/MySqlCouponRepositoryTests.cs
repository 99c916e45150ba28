using Hexagon.Integration.Tests.Infrastructure;

namespace Hexagon.Integration.Tests.Promotions;

public sealed class MySqlCouponRepositoryTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);

    private ThrowawayDatabase _database = null!;
    private PromotionRows _rows = null!;

    [OneTimeSetUp]
    public async Task CreateDatabase()
    {
        _database = await ThrowawayDatabase.CreateMigratedAsync("promo_coupons");
        _rows = new PromotionRows(_database);
    }

    [OneTimeTearDown]
    public async Task DropDatabase() => await _database.DisposeAsync();

    [Test]
    public async Task The_owner_finds_the_coupon_with_every_field_and_anyone_else_finds_nothing()
    {
        var owner = await _rows.UserAsync();
        var other = await _rows.UserAsync();
        var store = await _rows.StoreAsync("시청 하루카페");
        var id = await _rows.IssueAsync(owner, "매장 쿠폰", Now.AddDays(-1), Now.AddDays(30).AddTicks(10), store, discount: 2_000, minimum: 10_000);
        await using var db = new PromotionsDatabase(_database);

        var coupon = await db.Coupons.FindOwnedAsync(owner, id, CancellationToken.None);
        var theirs = await db.Coupons.FindOwnedAsync(other, id, CancellationToken.None);
        var missing = await db.Coupons.FindOwnedAsync(owner, id + 1_000, CancellationToken.None);

        Assert.That(coupon, Is.Not.Null);
        Assert.That(
            (coupon!.UserCouponId, coupon.Name, coupon.StoreId, coupon.DiscountAmount, coupon.MinimumOrderAmount, coupon.ValidFrom, coupon.ValidUntil, coupon.UsedAt),
            Is.EqualTo((id, "매장 쿠폰", (long?)store, 2_000L, 10_000L, Now.AddDays(-1), Now.AddDays(30).AddTicks(10), (DateTimeOffset?)null)));
        Assert.That(coupon.DiscountFor(store, 12_000, Now).Value, Is.EqualTo(2_000));
        Assert.That(theirs, Is.Null);
        Assert.That(missing, Is.Null);
    }

    [Test]
    public async Task Of_two_orders_racing_for_one_coupon_exactly_one_wins()
    {
        var owner = await _rows.UserAsync();
        for (var round = 0; round < 10; round++)
        {
            var id = await _rows.IssueAsync(owner, "경쟁 쿠폰", Now.AddDays(-1), Now.AddDays(1));
            await using var first = new PromotionsDatabase(_database);
            await using var second = new PromotionsDatabase(_database);
            // Open both connections first, so the two updates really run at the same time.
            await first.Coupons.FindOwnedAsync(owner, id, CancellationToken.None);
            await second.Coupons.FindOwnedAsync(owner, id, CancellationToken.None);

            var results = await Task.WhenAll(
                Task.Run(() => first.Coupons.TryMarkUsedAsync(id, $"order-a-{round}", Now, CancellationToken.None)),
                Task.Run(() => second.Coupons.TryMarkUsedAsync(id, $"order-b-{round}", Now, CancellationToken.None)));

            Assert.That(results.Count(won => won), Is.EqualTo(1), $"round {round}");
            var usage = await _rows.UsageAsync(id);
            Assert.That(usage.OrderId, Is.EqualTo(results[0] ? $"order-a-{round}" : $"order-b-{round}"));
            Assert.That(usage.UsedAt, Is.EqualTo(Now.UtcDateTime));
        }
    }

    [Test]
    public async Task A_used_coupon_is_found_used_and_cannot_be_used_again()
    {
        var owner = await _rows.UserAsync();
        var id = await _rows.IssueAsync(owner, "한 번 쿠폰", Now.AddDays(-1), Now.AddDays(1));
        await using var db = new PromotionsDatabase(_database);

        Assert.That(await db.Coupons.TryMarkUsedAsync(id, "order-1", Now, CancellationToken.None), Is.True);
        Assert.That(await db.Coupons.TryMarkUsedAsync(id, "order-1", Now, CancellationToken.None), Is.False, "not even by the same order");
        var coupon = await db.Coupons.FindOwnedAsync(owner, id, CancellationToken.None);
        Assert.That(coupon!.UsedAt, Is.EqualTo(Now));
        Assert.That(coupon.DiscountFor(0, 100_000, Now).Error?.Code, Is.EqualTo("3202"));
    }

    [Test]
    public async Task Release_frees_only_the_coupon_of_that_order_and_it_can_be_used_again()
    {
        var owner = await _rows.UserAsync();
        var id = await _rows.IssueAsync(owner, "환불 쿠폰", Now.AddDays(-1), Now.AddDays(1));
        await using var db = new PromotionsDatabase(_database);
        await db.Coupons.TryMarkUsedAsync(id, "order-1", Now, CancellationToken.None);

        await db.Coupons.ReleaseAsync(id, "order-2", CancellationToken.None);
        Assert.That(await _rows.UsageAsync(id), Is.EqualTo(((DateTime?)Now.UtcDateTime, (string?)"order-1")), "another order's release changes nothing");

        await db.Coupons.ReleaseAsync(id, "order-1", CancellationToken.None);
        await db.Coupons.ReleaseAsync(id, "order-1", CancellationToken.None);
        Assert.That(await _rows.UsageAsync(id), Is.EqualTo(((DateTime?)null, (string?)null)));

        Assert.That(await db.Coupons.TryMarkUsedAsync(id, "order-3", Now, CancellationToken.None), Is.True);
        await db.Coupons.ReleaseAsync(id, "order-1", CancellationToken.None);
        Assert.That((await _rows.UsageAsync(id)).OrderId, Is.EqualTo("order-3"), "a late release of the first order leaves the new one alone");
    }

    [Test]
    public async Task Usable_coupons_exclude_used_expired_and_future_ones_at_the_exact_boundaries()
    {
        var owner = await _rows.UserAsync();
        var startsNow = await _rows.IssueAsync(owner, "지금 시작", Now, Now.AddDays(1));
        await _rows.IssueAsync(owner, "지금 끝", Now.AddDays(-1), Now);
        var endsJustAfter = await _rows.IssueAsync(owner, "곧 끝", Now.AddDays(-1), Now.AddTicks(10));
        await _rows.IssueAsync(owner, "곧 시작", Now.AddTicks(10), Now.AddDays(1));
        await _rows.IssueAsync(owner, "사용함", Now.AddDays(-1), Now.AddDays(1), usedBy: "order-x");
        await using var db = new PromotionsDatabase(_database);

        var usable = await db.Coupons.ListUsableAsync(owner, Now, 10, CancellationToken.None);
        var capped = await db.Coupons.ListUsableAsync(owner, Now, 1, CancellationToken.None);

        Assert.That(usable.Select(coupon => coupon.UserCouponId), Is.EqualTo(new[] { endsJustAfter, startsNow }));
        Assert.That(capped.Select(coupon => coupon.UserCouponId), Is.EqualTo(new[] { endsJustAfter }));
    }
}
