using System.Net;

namespace Hexagon.Integration.Tests.Cart;

/// <summary>Adds of one customer racing each other on a real MariaDB: lines are decided by the database, never duplicated.</summary>
public sealed class CartConcurrencyTests : CartHttpFixture
{
    [Test]
    public async Task Two_adds_of_the_same_line_at_once_into_an_empty_cart_end_as_one_line_with_the_sum()
    {
        var store = await Rows.StoreAsync();
        var coffee = await Rows.MenuAsync(store, "아메리카노", 4000);
        var size = await Rows.OptionGroupAsync(coffee, "사이즈", required: true, 1, 1);
        var tall = await Rows.OptionAsync(size, "톨", 0);
        var customer = await NewCustomerAsync();

        var ids = await Task.WhenAll(
            AddOkAsync(customer.AccessToken, store, coffee, 2, [tall]),
            AddOkAsync(customer.AccessToken, store, coffee, 3, [tall]));

        Assert.That(ids[1], Is.EqualTo(ids[0]));
        Assert.That(await Rows.LinesAsync(customer.UserId), Is.EqualTo(new[] { (coffee, tall.ToString(System.Globalization.CultureInfo.InvariantCulture), 5) }));
        Assert.That(await Rows.OptionRowsAsync(ids[0]), Is.EqualTo(1));
    }

    [Test]
    public async Task Twenty_adds_at_the_99_boundary_at_once_let_exactly_one_through()
    {
        var store = await Rows.StoreAsync();
        var cookie = await Rows.MenuAsync(store, "쿠키", 2000, stock: 1000);

        // A few rounds, each on a fresh cart: the race this guards against lasts milliseconds.
        for (var round = 0; round < 5; round++)
        {
            var customer = await NewCustomerAsync();
            await AddOkAsync(customer.AccessToken, store, cookie, 90);

            // 90 + 5 fits, 95 + 5 does not: every add must see the one before it, or two pass the check and the
            // second breaks the quantity CHECK (a 500) instead of answering 3104.
            var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => AddAsync(customer.AccessToken, store, cookie, 5)));
            var statuses = responses.Select(response => response.StatusCode).ToList();
            foreach (var response in responses)
            {
                response.Dispose();
            }

            Assert.That(statuses.Count(status => status == HttpStatusCode.Created), Is.EqualTo(1), string.Join(", ", statuses));
            Assert.That(statuses.Count(status => status == HttpStatusCode.BadRequest), Is.EqualTo(19), string.Join(", ", statuses));
            Assert.That(await Rows.LinesAsync(customer.UserId), Is.EqualTo(new[] { (cookie, "", 95) }));
        }
    }

    [Test]
    public async Task Adds_from_two_stores_at_once_never_mix_stores_in_one_cart()
    {
        var first = await Rows.StoreAsync();
        var second = await Rows.StoreAsync();
        var cookie = await Rows.MenuAsync(first, "쿠키", 2000);
        var bagel = await Rows.MenuAsync(second, "베이글", 3500);
        var customer = await NewCustomerAsync();

        var responses = await Task.WhenAll(
            Enumerable.Range(0, 10).Select(i => AddAsync(customer.AccessToken, i % 2 == 0 ? first : second, i % 2 == 0 ? cookie : bagel, 1)));
        var statuses = responses.Select(response => response.StatusCode).ToList();
        foreach (var response in responses)
        {
            response.Dispose();
        }

        Assert.That(statuses, Has.All.AnyOf(HttpStatusCode.Created, HttpStatusCode.Conflict));
        var cartStore = await Rows.CartStoreAsync(customer.UserId);
        var lines = await Rows.LinesAsync(customer.UserId);
        Assert.That(lines, Has.Count.EqualTo(1));
        Assert.That(lines[0].MenuId, Is.EqualTo(cartStore == first ? cookie : bagel));
        Assert.That(lines[0].Quantity, Is.EqualTo(statuses.Count(status => status == HttpStatusCode.Created)));
    }
}
