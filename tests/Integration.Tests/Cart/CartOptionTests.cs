using System.Net;
using Hexagon.Integration.Tests.Web;

namespace Hexagon.Integration.Tests.Cart;

/// <summary>
/// Option choices checked against the menu in the database: a required "사이즈" (exactly 1, with a sold-out 벤티) and an
/// optional "토핑" (2 to 3 once anything is chosen); a cookie with a group of its own for the foreign-option case.
/// </summary>
public sealed class CartOptionTests : CartHttpFixture
{
    private long _store;
    private long _coffee;
    private long _tall;
    private long _grande;
    private long _venti;
    private long _cheese;
    private long _egg;
    private long _bacon;
    private long _ham;
    private long _cookieChoice;

    [OneTimeSetUp]
    public async Task ArrangeMenu()
    {
        _store = await Rows.StoreAsync("옵션 카페");
        _coffee = await Rows.MenuAsync(_store, "아메리카노", 4000);
        var size = await Rows.OptionGroupAsync(_coffee, "사이즈", required: true, 1, 1, displayOrder: 0);
        _tall = await Rows.OptionAsync(size, "톨", 0);
        _grande = await Rows.OptionAsync(size, "그란데", 500);
        _venti = await Rows.OptionAsync(size, "벤티", 1000, soldOut: true);
        var toppings = await Rows.OptionGroupAsync(_coffee, "토핑", required: false, 2, 3, displayOrder: 1);
        _cheese = await Rows.OptionAsync(toppings, "치즈", 500);
        _egg = await Rows.OptionAsync(toppings, "계란", 700);
        _bacon = await Rows.OptionAsync(toppings, "베이컨", 1000);
        _ham = await Rows.OptionAsync(toppings, "햄", 900);
        var cookie = await Rows.MenuAsync(_store, "쿠키", 2000);
        var cookieGroup = await Rows.OptionGroupAsync(cookie, "포장", required: false, 0, 1);
        _cookieChoice = await Rows.OptionAsync(cookieGroup, "선물 포장", 500);
    }

    [Test]
    public async Task Valid_choices_are_added()
    {
        var customer = await NewCustomerAsync();

        await AddOkAsync(customer.AccessToken, _store, _coffee, 1, [_tall]);
        await AddOkAsync(customer.AccessToken, _store, _coffee, 1, [_grande, _cheese, _egg]);
        await AddOkAsync(customer.AccessToken, _store, _coffee, 1, [_ham, _bacon, _egg, _tall]);

        Assert.That(await Rows.LinesAsync(customer.UserId), Has.Count.EqualTo(3));
    }

    [Test]
    public async Task A_missing_required_group_is_3110_naming_it()
    {
        await ExpectRefusedAsync([], "3110", "'사이즈' 옵션을 1개 이상 선택해 주세요.");
        await ExpectRefusedAsync([_cheese, _egg], "3110", "'사이즈' 옵션을 1개 이상 선택해 주세요.");
    }

    [Test]
    public async Task Too_few_of_a_group_is_3111_naming_it() =>
        await ExpectRefusedAsync([_tall, _cheese], "3111", "'토핑' 옵션을 2개 이상 선택해 주세요.");

    [Test]
    public async Task Too_many_of_a_group_is_3112_naming_it()
    {
        await ExpectRefusedAsync([_tall, _grande], "3112", "'사이즈' 옵션은 최대 1개까지 선택할 수 있어요.");
        await ExpectRefusedAsync([_tall, _cheese, _egg, _bacon, _ham], "3112", "'토핑' 옵션은 최대 3개까지 선택할 수 있어요.");
    }

    [Test]
    public async Task An_option_of_another_menu_or_an_unknown_one_is_3113()
    {
        await ExpectRefusedAsync([_tall, _cookieChoice], "3113", null);
        await ExpectRefusedAsync([_tall, 987654321], "3113", null);
    }

    [Test]
    public async Task The_same_option_twice_is_3114() => await ExpectRefusedAsync([_tall, _tall], "3114", null);

    [Test]
    public async Task A_sold_out_option_is_3115_naming_the_group_and_the_option() =>
        await ExpectRefusedAsync([_venti], "3115", "'사이즈'의 '벤티' 옵션은 품절이에요.");

    [Test]
    public async Task A_non_positive_option_id_is_1111_on_optionIds()
    {
        var customer = await NewCustomerAsync();

        using var response = await AddAsync(customer.AccessToken, _store, _coffee, 1, [_tall, 0]);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "1111");
        Assert.That(problem.GetProperty("errors").TryGetProperty("optionIds", out _), Is.True);
    }

    private async Task ExpectRefusedAsync(long[] optionIds, string code, string? detail)
    {
        var customer = await NewCustomerAsync();

        using var response = await AddAsync(customer.AccessToken, _store, _coffee, 1, optionIds);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, code);
        if (detail is not null)
        {
            Assert.That(problem.GetProperty("detail").GetString(), Is.EqualTo(detail));
        }

        Assert.That(await Rows.CartStoreAsync(customer.UserId), Is.Null, "nothing half-written");
    }
}
