using System.Net;
using System.Text.Json;
using Hexagon.Integration.Tests.Web;

namespace Hexagon.Integration.Tests.Promotions;

public sealed class MyPointsTests : PromotionsHttpFixture
{
    private static readonly DateTimeOffset Start = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);

    [Test]
    public async Task The_balance_and_the_ledger_come_newest_first_across_pages_and_only_the_callers()
    {
        var customer = await Api.NewUserAsync();
        var someoneElse = await Api.NewUserAsync();
        var entries = new List<long> { await Rows.LedgerAsync(customer.UserId, 5_000, 5_000, "가입 축하 포인트", null, Start) };
        for (var i = 1; i <= 4; i++)
        {
            entries.Add(await Rows.LedgerAsync(customer.UserId, -500, 5_000 - (500 * i), "주문 사용", $"order-{i}", Start.AddDays(i)));
        }

        await Rows.LedgerAsync(someoneElse.UserId, 700, 700, "남의 포인트", null, Start);
        await Database.ExecuteAsync("UPDATE users SET point_balance = 3000 WHERE id = @id", new { id = customer.UserId });

        var seen = new List<long>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await GetOkAsync("/api/v1/me/points?take=2" + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor)), customer.AccessToken);
            Assert.That(page.GetProperty("balance").GetInt64(), Is.EqualTo(3_000));
            var meta = page.GetProperty("meta");
            Assert.That(meta.GetProperty("take").GetInt32(), Is.EqualTo(2));
            seen.AddRange(page.GetProperty("data").EnumerateArray().Select(entry => entry.GetProperty("entryId").GetInt64()));
            cursor = meta.GetProperty("hasNext").GetBoolean() ? meta.GetProperty("nextCursor").GetString() : null;
            pages++;
        }
        while (cursor is not null && pages < 10);

        entries.Reverse();
        Assert.That(seen, Is.EqualTo(entries));
        Assert.That(pages, Is.EqualTo(3));
    }

    [Test]
    public async Task An_entry_has_its_delta_balance_after_reason_order_and_time()
    {
        var customer = await Api.NewUserAsync();
        await Rows.LedgerAsync(customer.UserId, 5_000, 5_000, "가입 축하 포인트", null, Start);
        var spent = await Rows.LedgerAsync(customer.UserId, -1_200, 3_800, "주문 사용", "order-abc", Start.AddTicks(1234560));

        var page = await GetOkAsync("/api/v1/me/points", customer.AccessToken);

        var data = page.GetProperty("data").EnumerateArray().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(data[0].GetProperty("entryId").GetInt64(), Is.EqualTo(spent));
            Assert.That(data[0].GetProperty("delta").GetInt64(), Is.EqualTo(-1_200));
            Assert.That(data[0].GetProperty("balanceAfter").GetInt64(), Is.EqualTo(3_800));
            Assert.That(data[0].GetProperty("reason").GetString(), Is.EqualTo("주문 사용"));
            Assert.That(data[0].GetProperty("orderId").GetString(), Is.EqualTo("order-abc"));
            Assert.That(data[0].GetProperty("createdAt").GetDateTimeOffset(), Is.EqualTo(Start.AddTicks(1234560)));
            Assert.That(data[1].GetProperty("orderId").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(page.GetProperty("meta").GetProperty("take").GetInt32(), Is.EqualTo(20));
            Assert.That(page.GetProperty("meta").GetProperty("hasNext").GetBoolean(), Is.False);
            Assert.That(page.GetProperty("meta").GetProperty("nextCursor").ValueKind, Is.EqualTo(JsonValueKind.Null));
        });
    }

    [Test]
    public async Task A_new_customer_has_a_zero_balance_and_no_entries()
    {
        var customer = await Api.NewUserAsync();

        var page = await GetOkAsync("/api/v1/me/points", customer.AccessToken);

        Assert.That(page.GetProperty("balance").GetInt64(), Is.Zero);
        Assert.That(page.GetProperty("data").GetArrayLength(), Is.Zero);
    }

    [Test]
    public async Task A_tampered_foreign_or_garbage_cursor_is_2003()
    {
        var customer = await Api.NewUserAsync();
        var other = await Api.NewUserAsync();
        for (var i = 0; i < 3; i++)
        {
            await Rows.LedgerAsync(customer.UserId, 100, 100 * (i + 1), "적립", null, Start.AddDays(i));
        }

        var first = await GetOkAsync("/api/v1/me/points?take=1", customer.AccessToken);
        var cursor = first.GetProperty("meta").GetProperty("nextCursor").GetString()!;
        var flipped = (cursor[^2] == 'A' ? 'B' : 'A').ToString();
        var tampered = cursor[..^2] + flipped + cursor[^1];

        using (var good = await GetAsync("/api/v1/me/points?take=1&cursor=" + Uri.EscapeDataString(cursor), customer.AccessToken))
        {
            Assert.That(good.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the untouched cursor works");
        }

        foreach (var (bad, token) in new[] { (tampered, customer.AccessToken), ("bm90LWEtY3Vyc29y", customer.AccessToken), ("%%%", customer.AccessToken), (cursor, other.AccessToken) })
        {
            using var response = await GetAsync("/api/v1/me/points?take=1&cursor=" + Uri.EscapeDataString(bad), token);
            await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "2003");
        }
    }

    [TestCase("/api/v1/me/points?page=2", "page")]
    [TestCase("/api/v1/me/points?take=0", "take")]
    [TestCase("/api/v1/me/points?take=51", "take")]
    [TestCase("/api/v1/me/points?take=ten", "take")]
    [TestCase("/api/v1/me/points?take=1&take=2", "take")]
    public async Task A_bad_query_is_1111_naming_the_parameter(string path, string field)
    {
        var customer = await Api.NewUserAsync();

        using var response = await GetAsync(path, customer.AccessToken);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "1111");
        Assert.That(problem.GetProperty("errors").TryGetProperty(field, out _), Is.True, problem.ToString());
    }

    [Test]
    public async Task Take_50_is_allowed()
    {
        var customer = await Api.NewUserAsync();

        var page = await GetOkAsync("/api/v1/me/points?take=50", customer.AccessToken);

        Assert.That(page.GetProperty("meta").GetProperty("take").GetInt32(), Is.EqualTo(50));
    }
}
