using Hexagon.Application.Rankings.GetStoreRanking;
using Hexagon.Application.Rankings.Ports;

namespace Hexagon.Application.Tests.Rankings;

public sealed class GetStoreRankingServiceTests
{
    private static readonly FixedClock Clock = new(new DateTimeOffset(2026, 11, 22, 3, 0, 0, TimeSpan.Zero));

    [TestCase(0)]
    [TestCase(51)]
    public async Task Take_outside_1_to_50_is_a_validation_error(int take)
    {
        var service = new GetStoreRankingService(new ScriptedRankingBoard(), new FixedNames(), Clock);

        var result = await service.GetAsync(new StoreRankingQuery(RankingPeriod.Day, RankingMetric.Orders, take), CancellationToken.None);

        Assert.That(result.Error?.Code, Is.EqualTo("1111"));
        Assert.That(result.Error?.FieldErrors?.Keys, Is.EquivalentTo(new[] { "take" }));
    }

    [Test]
    public async Task Redis_unavailable_answers_6001()
    {
        var service = new GetStoreRankingService(new ScriptedRankingBoard { Unavailable = true }, new FixedNames(), Clock);

        var result = await service.GetAsync(new StoreRankingQuery(RankingPeriod.Week, RankingMetric.Revenue), CancellationToken.None);

        Assert.That(result.Error?.Code, Is.EqualTo("6001"));
    }

    [Test]
    public async Task Ranks_follow_the_board_and_names_come_from_one_lookup()
    {
        var names = new FixedNames();
        var service = new GetStoreRankingService(new ScriptedRankingBoard(), names, Clock);

        var result = await service.GetAsync(new StoreRankingQuery(RankingPeriod.Week, RankingMetric.Orders), CancellationToken.None);

        Assert.That(result.Value.Bucket.Label, Is.EqualTo("2026-W47"));
        Assert.That(result.Value.Stores, Is.EqualTo(new[] { new RankedStore(1, 7, "일곱 카페", 3), new RankedStore(2, 3, null, 1) }));
        Assert.That(names.Calls, Is.EqualTo(1));
    }

    private sealed class FixedNames : IStoreNames
    {
        public int Calls { get; private set; }

        public Task<IReadOnlyDictionary<long, string>> NamesAsync(IReadOnlyCollection<long> storeIds, CancellationToken cancellationToken)
        {
            Calls++;
            return Task.FromResult<IReadOnlyDictionary<long, string>>(new Dictionary<long, string> { [7] = "일곱 카페" });
        }
    }
}
