using Hexagon.Application.Cart.AddCartItem;
using Hexagon.Application.Tests.Identity.Fakes;
using static Hexagon.Application.Tests.Cart.CartMenus;

namespace Hexagon.Application.Tests.Cart;

/// <summary>The coffee has a required "사이즈" (exactly 1) and an optional "추가" (2 to 3 once anything is chosen).</summary>
public sealed class OptionChoiceTests
{
    private InMemoryCartDatabase _db = null!;
    private AddCartItemService _add = null!;

    [SetUp]
    public void CreateService()
    {
        _db = new InMemoryCartDatabase();
        _db.AddStore(StoreA);
        _db.AddMenu(CoffeeMenu(ventiSoldOut: true));
        _db.AddMenu(CookieMenu());
        _add = new AddCartItemService(_db, _db, new InMemoryUnitOfWork(_db), TimeProvider.System);
    }

    [TestCase(new long[] { Tall })]
    [TestCase(new long[] { Grande, Shot, Syrup })]
    [TestCase(new long[] { Cream, Shot, Syrup, Grande })]
    public async Task A_valid_choice_is_added(long[] optionIds)
    {
        var result = await AddAsync(Coffee, optionIds);

        Assert.That(result.IsSuccess, Is.True, result.Error?.Message);
    }

    [TestCase(new long[] { }, "3110", "'사이즈' 옵션을 1개 이상 선택해 주세요.")]
    [TestCase(new long[] { Shot, Syrup }, "3110", "'사이즈' 옵션을 1개 이상 선택해 주세요.")]
    [TestCase(new long[] { Tall, Shot }, "3111", "'추가' 옵션을 2개 이상 선택해 주세요.")]
    [TestCase(new long[] { Tall, Grande }, "3112", "'사이즈' 옵션은 최대 1개까지 선택할 수 있어요.")]
    [TestCase(new long[] { Tall, 999 }, "3113", null)]
    [TestCase(new long[] { Tall, Tall }, "3114", null)]
    [TestCase(new long[] { Venti }, "3115", "'사이즈'의 '벤티' 옵션은 품절이에요.")]
    public async Task A_bad_choice_has_its_own_code_and_names_the_group(long[] optionIds, string code, string? message)
    {
        var result = await AddAsync(Coffee, optionIds);

        Assert.That(result.Error?.Code, Is.EqualTo(code));
        if (message is not null)
        {
            Assert.That(result.Error!.Message, Is.EqualTo(message));
        }

        Assert.That(_db.LinesOf(42), Is.Empty);
    }

    [Test]
    public async Task An_option_of_another_menu_is_3113()
    {
        var result = await AddAsync(Cookie, [Tall]);

        Assert.That(result.Error?.Code, Is.EqualTo("3113"));
    }

    private Task<Domain.Common.Result<AddCartItemResult>> AddAsync(long menuId, long[] optionIds) =>
        _add.AddAsync(new AddCartItemCommand(42, StoreA, menuId, 1, optionIds, false), CancellationToken.None);
}
