using Hexagon.Application.Promotions.Ports;
using Hexagon.Integration.Tests.Infrastructure;

namespace Hexagon.Integration.Tests.Promotions;

public sealed class MySqlPointLedgerTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);

    private ThrowawayDatabase _database = null!;
    private PromotionRows _rows = null!;

    [OneTimeSetUp]
    public async Task CreateDatabase()
    {
        _database = await ThrowawayDatabase.CreateMigratedAsync("promo_points");
        _rows = new PromotionRows(_database);
    }

    [OneTimeTearDown]
    public async Task DropDatabase() => await _database.DisposeAsync();

    [Test]
    public async Task Concurrent_deductions_never_take_the_balance_below_zero_and_every_row_has_its_exact_balance_after()
    {
        var user = await _rows.UserAsync(points: 1_000);
        const int Requests = 16;
        var databases = Enumerable.Range(0, Requests).Select(_ => new PromotionsDatabase(_database)).ToList();
        try
        {
            foreach (var db in databases)
            {
                await db.Points.BalanceAsync(user, CancellationToken.None); // open every connection before the race
            }

            using var start = new ManualResetEventSlim();
            var racers = databases.Select((db, i) => Task.Run(async () =>
            {
                start.Wait();
                return await db.Points.TryDeductAsync(user, 300, "주문 사용", $"order-{i}", Now, CancellationToken.None);
            })).ToList();
            start.Set();
            var results = await Task.WhenAll(racers);

            Assert.That(results.Count(won => won), Is.EqualTo(3), "1,000 points pay for three deductions of 300");
            Assert.That(await _rows.BalanceAsync(user), Is.EqualTo(100));
            var ledger = await _rows.LedgerOfAsync(user);
            Assert.That(ledger.Select(row => row.Delta), Is.EqualTo(new[] { -300L, -300L, -300L }));
            Assert.That(ledger.Select(row => row.BalanceAfter), Is.EqualTo(new[] { 700L, 400L, 100L }), "in the order the deductions happened");
            Assert.That(ledger.Select(row => row.OrderId).Distinct().Count(), Is.EqualTo(3));
        }
        finally
        {
            foreach (var db in databases)
            {
                await db.DisposeAsync();
            }
        }
    }

    [Test]
    public async Task A_deduction_larger_than_the_balance_is_refused_and_writes_nothing()
    {
        var user = await _rows.UserAsync(points: 500);
        await using var db = new PromotionsDatabase(_database);

        Assert.That(await db.Points.TryDeductAsync(user, 501, "주문 사용", "order-1", Now, CancellationToken.None), Is.False);
        Assert.That(await db.Points.TryDeductAsync(user, 500, "주문 사용", "order-2", Now, CancellationToken.None), Is.True);
        Assert.That(await db.Points.TryDeductAsync(user, 0, "주문 사용", "order-3", Now, CancellationToken.None), Is.True, "nothing to deduct");

        Assert.That(await _rows.BalanceAsync(user), Is.Zero);
        Assert.That(await _rows.LedgerOfAsync(user), Is.EqualTo(new[] { (-500L, 0L, "주문 사용", (string?)"order-2") }));
        Assert.That(await db.Points.BalanceAsync(user, CancellationToken.None), Is.Zero);
    }

    [Test]
    public async Task A_credit_adds_and_writes_the_balance_after()
    {
        var user = await _rows.UserAsync(points: 200);
        await using var db = new PromotionsDatabase(_database);

        await db.Points.CreditAsync(user, 1_300, "주문 취소 환급", "order-9", Now, CancellationToken.None);

        Assert.That(await db.Points.BalanceAsync(user, CancellationToken.None), Is.EqualTo(1_500));
        Assert.That(await _rows.LedgerOfAsync(user), Is.EqualTo(new[] { (1_300L, 1_500L, "주문 취소 환급", (string?)"order-9") }));
        Assert.ThrowsAsync<InvalidOperationException>(() => db.Points.CreditAsync(user + 10_000, 1, "없는 회원", null, Now, CancellationToken.None));
        Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => db.Points.TryDeductAsync(user, -1, "음수", null, Now, CancellationToken.None));
    }

    [Test]
    public async Task Inside_a_callers_unit_of_work_that_rolls_back_the_deduction_and_its_row_go_too()
    {
        var user = await _rows.UserAsync(points: 1_000);
        await using var db = new PromotionsDatabase(_database);

        Assert.ThrowsAsync<InvalidOperationException>(() => db.UnitOfWork.ExecuteAsync<bool>(
            async token =>
            {
                Assert.That(await db.Points.TryDeductAsync(user, 400, "주문 사용", "order-1", Now, token), Is.True);
                throw new InvalidOperationException("the order failed after the points were taken");
            },
            CancellationToken.None));

        Assert.That(await _rows.BalanceAsync(user), Is.EqualTo(1_000));
        Assert.That(await _rows.LedgerOfAsync(user), Is.Empty);
    }

    [Test]
    public async Task The_history_pages_backwards_by_entry_id_and_only_the_customers()
    {
        var user = await _rows.UserAsync();
        var other = await _rows.UserAsync();
        var ids = new List<long>();
        for (var i = 1; i <= 5; i++)
        {
            ids.Add(await _rows.LedgerAsync(user, 100, 100 * i, "적립", null, Now));
            await _rows.LedgerAsync(other, 100, 100 * i, "적립", null, Now);
        }

        await using var db = new PromotionsDatabase(_database);
        var first = await db.Points.ListAsync(user, null, 2, CancellationToken.None);
        var second = await db.Points.ListAsync(user, first[^1].Position, 10, CancellationToken.None);

        Assert.That(first.Select(entry => entry.EntryId), Is.EqualTo(new[] { ids[4], ids[3] }));
        Assert.That(second.Select(entry => entry.EntryId), Is.EqualTo(new[] { ids[2], ids[1], ids[0] }));
        Assert.That(second[^1], Is.EqualTo(new PointLedgerEntry(ids[0], 100, 100, "적립", null, Now)));
    }
}
