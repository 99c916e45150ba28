using System.Net.Http.Json;
using System.Text.Json;
using Hexagon.Application.Catalog.SeedDemo;
using Hexagon.Application.Promotions.SeedDemo;
using Microsoft.Extensions.DependencyInjection;

namespace Hexagon.Integration.Tests.Promotions;

/// <summary>`--seed-demo` through the service's own composition, then the demo customer's view over HTTP.</summary>
public sealed class DemoPromotionsTests : PromotionsHttpFixture
{
    private const int Stores = 12;
    private string _accessToken = null!;
    private long _customerId;

    [OneTimeSetUp]
    public async Task SeedAndLogIn()
    {
        await using (var scope = Services.CreateAsyncScope())
        {
            var seeded = await scope.ServiceProvider.GetRequiredService<ISeedDemoData>().SeedAsync(new SeedDemoCommand(Stores, 42), CancellationToken.None);
            Assert.That(seeded.AlreadySeeded, Is.False);
        }

        using var response = await Api.LogInAsync(SeedDemoService.DemoCustomerEmail, SeedDemoService.DemoCustomerPassword);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That((int)response.StatusCode, Is.EqualTo(200), body.ToString());
        _accessToken = body.GetProperty("accessToken").GetString()!;
        _customerId = body.GetProperty("userId").GetInt64();
    }

    [Test]
    public async Task The_demo_customer_has_5000_points_from_the_welcome_grant()
    {
        var page = await GetOkAsync("/api/v1/me/points", _accessToken);

        Assert.That(page.GetProperty("balance").GetInt64(), Is.EqualTo(5_000));
        var entry = page.GetProperty("data").EnumerateArray().Single();
        Assert.That(
            (entry.GetProperty("delta").GetInt64(), entry.GetProperty("balanceAfter").GetInt64(), entry.GetProperty("reason").GetString()),
            Is.EqualTo((5_000L, 5_000L, "가입 축하 포인트")));
    }

    [Test]
    public async Task The_demo_customer_sees_the_three_usable_coupons_and_not_the_expired_one()
    {
        var firstOpen = DemoCatalogGenerator.Generate(Stores, 42).First(store => store.Status == "OPEN");

        var body = await GetOkAsync("/api/v1/me/coupons", _accessToken);

        var coupons = body.GetProperty("data").EnumerateArray()
            .Select(coupon => (coupon.GetProperty("discountAmount").GetInt64(), coupon.GetProperty("minimumOrderAmount").GetInt64(),
                coupon.GetProperty("storeId").ValueKind == JsonValueKind.Null ? (long?)null : coupon.GetProperty("storeId").GetInt64()))
            .ToList();
        Assert.That(coupons, Is.EquivalentTo(new[] { (1_000L, 5_000L, (long?)null), (3_000L, 15_000L, null), (2_000L, 10_000L, firstOpen.Id) }));
        Assert.That(await Database.ScalarAsync<long>("SELECT COUNT(*) FROM user_coupons WHERE user_id = @id", new { id = _customerId }), Is.EqualTo(4));
    }

    [Test]
    public async Task Writing_the_demo_promotions_again_adds_nothing()
    {
        await using (var db = new PromotionsDatabase(Database))
        {
            var writer = db.DemoWriter;
            var now = DateTimeOffset.UtcNow;
            await writer.RecordWelcomePointsAsync(_customerId, 5_000, DemoPromotions.WelcomePointsReason, now, CancellationToken.None);
            await writer.IssueCouponsAsync(_customerId, DemoPromotions.Coupons(null, null, now), now, CancellationToken.None);
        }

        Assert.That(await Rows.LedgerOfAsync(_customerId), Has.Count.EqualTo(1));
        Assert.That(await Database.ScalarAsync<long>("SELECT COUNT(*) FROM user_coupons WHERE user_id = @id", new { id = _customerId }), Is.EqualTo(4));
    }
}
