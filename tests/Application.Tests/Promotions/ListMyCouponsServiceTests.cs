using Hexagon.Application.Promotions.ListMyCoupons;
using Hexagon.Application.Promotions.Ports;
using Hexagon.Application.Tests.Jobs;

namespace Hexagon.Application.Tests.Promotions;

public sealed class ListMyCouponsServiceTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);

    [Test]
    public async Task It_asks_for_the_callers_coupons_usable_at_the_clocks_now_with_the_cap()
    {
        var coupons = new RecordingUsableCoupons();
        var service = new ListMyCouponsService(coupons, new ManualTimeProvider(Now));

        var result = await service.ListAsync(new ListMyCouponsQuery(42), CancellationToken.None);

        Assert.That(coupons.Calls, Is.EqualTo(new[] { (42L, Now, ListMyCouponsService.MaxCoupons) }));
        Assert.That(result.Value.Coupons, Is.SameAs(coupons.Answer));
    }

    private sealed class RecordingUsableCoupons : IUsableCoupons
    {
        public List<(long UserId, DateTimeOffset Now, int Limit)> Calls { get; } = [];

        public IReadOnlyList<UsableCoupon> Answer { get; } =
            [new UsableCoupon(1, 2, "쿠폰", null, null, 1_000, 5_000, Now.AddDays(-1), Now.AddDays(1))];

        public Task<IReadOnlyList<UsableCoupon>> ListUsableAsync(long userId, DateTimeOffset now, int limit, CancellationToken cancellationToken)
        {
            Calls.Add((userId, now, limit));
            return Task.FromResult(Answer);
        }
    }
}
