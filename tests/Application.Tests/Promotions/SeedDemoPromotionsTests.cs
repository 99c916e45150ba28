using Hexagon.Application.Catalog.SeedDemo;
using Hexagon.Application.Promotions.SeedDemo;
using Hexagon.Application.Tests.Catalog.SeedDemo;
using Hexagon.Application.Tests.Identity.Fakes;
using Hexagon.Application.Tests.Jobs;

namespace Hexagon.Application.Tests.Promotions;

public sealed class SeedDemoPromotionsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 15, 30, 0, TimeSpan.Zero);

    [Test]
    public async Task The_demo_customer_gets_the_welcome_points_and_four_coupons_one_for_the_first_open_store()
    {
        var users = new InMemoryUserRepository();
        var unitOfWork = new InMemoryUnitOfWork(users);
        var writer = new InMemoryDemoDataWriter(() => unitOfWork.InTransaction);
        var promotions = new InMemoryDemoPromotionsWriter(() => unitOfWork.InTransaction);
        var service = new SeedDemoService(
            writer, users, new FakePasswordHasher(() => unitOfWork.InTransaction), unitOfWork, new ManualTimeProvider(Now), promotions);

        await service.SeedAsync(new SeedDemoCommand(Stores: 20, Seed: 42), CancellationToken.None);

        var customer = users.Single(SeedDemoService.DemoCustomerEmail);
        var firstOpen = DemoCatalogGenerator.Generate(20, 42).First(store => store.Status == "OPEN");
        Assert.That(writer.PointBalances, Is.EqualTo(new Dictionary<long, long> { [customer.Id] = 5_000 }));
        Assert.That(promotions.WelcomeGrants, Is.EqualTo(new[] { (customer.Id, 5_000L, "가입 축하 포인트", true) }));
        Assert.That(promotions.Coupons.Select(pair => pair.UserId), Has.All.EqualTo(customer.Id));
        Assert.That(promotions.Coupons.Select(pair => pair.Coupon), Is.EqualTo(DemoPromotions.Coupons(firstOpen.Id, firstOpen.Name, Now)));
    }

    [Test]
    public void The_coupons_are_the_same_all_day_and_cover_every_case_the_checkout_handles()
    {
        var morning = DemoPromotions.Coupons(3, "명동 빈브라더스", Now.Date.AddHours(1));
        var coupons = DemoPromotions.Coupons(3, "명동 빈브라더스", Now);

        Assert.That(coupons, Is.EqualTo(morning));
        Assert.That(coupons.Select(coupon => (coupon.StoreId, coupon.DiscountAmount, coupon.MinimumOrderAmount, coupon.ValidUntil > Now)), Is.EqualTo(new[]
        {
            ((long?)null, 1_000L, 5_000L, true),
            (null, 3_000L, 15_000L, true),
            (3L, 2_000L, 10_000L, true),
            (null, 2_000L, 0L, false),
        }));
        Assert.That(coupons, Has.All.Matches<DemoCoupon>(coupon => coupon.ValidFrom < coupon.ValidUntil && coupon.Name.Length <= 100));
        Assert.That(coupons[2].Name, Does.StartWith("명동 빈브라더스"));
        Assert.That(DemoPromotions.Coupons(null, null, Now).Select(coupon => coupon.StoreId), Has.All.Null, "no store, no store coupon");
    }
}
