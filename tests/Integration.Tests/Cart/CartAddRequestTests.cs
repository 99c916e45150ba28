using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Hexagon.Integration.Tests.Web;

namespace Hexagon.Integration.Tests.Cart;

/// <summary>POST /api/v1/cart/items: the request's shape, merging identical lines and the 99 limit.</summary>
public sealed class CartAddRequestTests : CartHttpFixture
{
    [Test]
    public async Task The_same_menu_and_options_merge_into_one_line_and_other_options_make_another()
    {
        var store = await Rows.StoreAsync();
        var coffee = await Rows.MenuAsync(store, "아메리카노", 4000);
        var extra = await Rows.OptionGroupAsync(coffee, "추가", required: false, 0, 3);
        var shot = await Rows.OptionAsync(extra, "샷", 500);
        var syrup = await Rows.OptionAsync(extra, "시럽", 300);
        var customer = await NewCustomerAsync();

        var line = await AddOkAsync(customer.AccessToken, store, coffee, 2, [syrup, shot]);
        var merged = await AddOkAsync(customer.AccessToken, store, coffee, 3, [shot, syrup]);
        var plain = await AddOkAsync(customer.AccessToken, store, coffee, 1);

        Assert.That(merged, Is.EqualTo(line));
        Assert.That(plain, Is.Not.EqualTo(line));
        var key = string.Join(',', new[] { shot, syrup }.Order());
        Assert.That(await Rows.LinesAsync(customer.UserId), Is.EqualTo(new[] { (coffee, key, 5), (coffee, "", 1) }));
        Assert.That(await Rows.OptionRowsAsync(line), Is.EqualTo(2));
    }

    [Test]
    public async Task A_merge_beyond_99_is_3104_and_exactly_99_is_fine()
    {
        var store = await Rows.StoreAsync();
        var cookie = await Rows.MenuAsync(store, "쿠키", 2000, stock: 500);
        var customer = await NewCustomerAsync();
        await AddOkAsync(customer.AccessToken, store, cookie, 60);

        using (var response = await AddAsync(customer.AccessToken, store, cookie, 40))
        {
            await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "3104");
        }

        await AddOkAsync(customer.AccessToken, store, cookie, 39);
        Assert.That((await Rows.LinesAsync(customer.UserId)).Single().Quantity, Is.EqualTo(99));
    }

    [TestCase(0)]
    [TestCase(100)]
    [TestCase(-3)]
    public async Task A_quantity_outside_1_to_99_is_1111_on_quantity(int quantity)
    {
        var store = await Rows.StoreAsync();
        var cookie = await Rows.MenuAsync(store, "쿠키", 2000);
        var customer = await NewCustomerAsync();

        using var response = await AddAsync(customer.AccessToken, store, cookie, quantity);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "1111");
        Assert.That(problem.GetProperty("errors").EnumerateObject().Select(field => field.Name), Is.EquivalentTo(new[] { "quantity" }));
        Assert.That(await Rows.CartStoreAsync(customer.UserId), Is.Null);
    }

    [Test]
    public async Task Missing_fields_are_1111_naming_each()
    {
        var customer = await NewCustomerAsync();

        using var response = await SendAsync(HttpMethod.Post, "/api/v1/cart/items", customer.AccessToken, new { optionIds = Array.Empty<long>() });

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "1111");
        Assert.That(problem.GetProperty("errors").EnumerateObject().Select(field => field.Name), Is.EquivalentTo(new[] { "storeId", "menuId", "quantity" }));
    }

    [TestCase("{\"storeId\": \"abc\", \"menuId\": 1, \"quantity\": 1}")]
    [TestCase("{\"storeId\": 1, \"menuId\": 1, \"quantity\": 1e40}")]
    [TestCase("not json")]
    public async Task An_unreadable_body_is_1112(string json)
    {
        var customer = await NewCustomerAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v1/cart/items", UriKind.Relative))
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", customer.AccessToken);

        using var response = await Client.SendAsync(request);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "1112");
    }
}
