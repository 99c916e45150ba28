using Hexagon.Application.Promotions.ListMyPoints;
using Hexagon.Application.Promotions.Ports;

namespace Hexagon.Application.Tests.Promotions;

public sealed class ListMyPointsServiceTests
{
    private const long Customer = 42;
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);

    private InMemoryPointLedger _ledger = null!;
    private ListMyPointsService _service = null!;

    [SetUp]
    public void CreateService()
    {
        _ledger = new InMemoryPointLedger();
        _service = new ListMyPointsService(_ledger, _ledger);
    }

    [Test]
    public async Task Pages_walk_the_customers_ledger_once_newest_first_with_the_balance_on_each()
    {
        await _ledger.CreditAsync(Customer, 5_000, "가입 축하 포인트", null, Now, CancellationToken.None);
        await _ledger.CreditAsync(Customer + 1, 700, "남의 포인트", null, Now, CancellationToken.None);
        for (var i = 1; i <= 4; i++)
        {
            await _ledger.TryDeductAsync(Customer, 100, "주문 사용", $"order-{i}", Now, CancellationToken.None);
        }

        var seen = new List<long>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = (await _service.ListAsync(new ListMyPointsQuery(Customer, cursor, 2), CancellationToken.None)).Value;
            Assert.That(page.Balance, Is.EqualTo(4_600));
            seen.AddRange(page.Entries.Select(entry => entry.BalanceAfter));
            cursor = page.NextCursor;
            Assert.That(page.HasNext, Is.EqualTo(cursor is not null));
            pages++;
        }
        while (cursor is not null);

        Assert.That(seen, Is.EqualTo(new long[] { 4_600, 4_700, 4_800, 4_900, 5_000 }));
        Assert.That(pages, Is.EqualTo(3));
    }

    [Test]
    public async Task No_history_is_the_balance_and_an_empty_last_page()
    {
        var page = (await _service.ListAsync(new ListMyPointsQuery(Customer), CancellationToken.None)).Value;

        Assert.That((page.Balance, page.Entries.Count, page.Take, page.HasNext, page.NextCursor), Is.EqualTo((0L, 0, 20, false, (string?)null)));
    }

    [Test]
    public async Task Another_customers_cursor_or_a_changed_one_is_2003()
    {
        var cursor = PointLedgerCursor.Encode(Customer, new PointLedgerPosition(10));
        var changed = PointLedgerCursor.Encode(Customer, new PointLedgerPosition(11));

        var mine = await _service.ListAsync(new ListMyPointsQuery(Customer, cursor), CancellationToken.None);
        var theirs = await _service.ListAsync(new ListMyPointsQuery(Customer + 1, cursor), CancellationToken.None);
        var spliced = await _service.ListAsync(new ListMyPointsQuery(Customer, cursor[..20] + changed[20..]), CancellationToken.None);

        Assert.That(mine.IsSuccess, Is.True);
        Assert.That(theirs.Error?.Code, Is.EqualTo("2003"));
        Assert.That(spliced.Error?.Code, Is.EqualTo("2003"));
    }

    [TestCase(0)]
    [TestCase(51)]
    public async Task Take_outside_1_to_50_is_1111_on_take(int take)
    {
        var result = await _service.ListAsync(new ListMyPointsQuery(Customer, null, take), CancellationToken.None);

        Assert.That(result.Error?.Code, Is.EqualTo("1111"));
        Assert.That(result.Error?.FieldErrors?.Keys, Is.EquivalentTo(new[] { "take" }));
    }
}
