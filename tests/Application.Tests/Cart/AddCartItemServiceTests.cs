using Hexagon.Application.Cart.AddCartItem;
using Hexagon.Application.Errors;
using Hexagon.Application.Tests.Identity.Fakes;
using static Hexagon.Application.Tests.Cart.CartMenus;

namespace Hexagon.Application.Tests.Cart;

public sealed class AddCartItemServiceTests
{
    private const long Customer = 42;

    private InMemoryCartDatabase _db = null!;
    private InMemoryUnitOfWork _unitOfWork = null!;
    private AddCartItemService _add = null!;

    [SetUp]
    public void CreateService()
    {
        _db = new InMemoryCartDatabase();
        _db.AddStore(StoreA);
        _db.AddStore(StoreB);
        _db.AddMenu(CoffeeMenu(ventiSoldOut: true));
        _db.AddMenu(CookieMenu());
        _db.AddMenu(BagelMenu());
        _unitOfWork = new InMemoryUnitOfWork(_db);
        _add = new AddCartItemService(_db, _db, _unitOfWork, TimeProvider.System);
    }

    [Test]
    public async Task The_same_menu_with_the_same_options_in_any_order_is_one_line_with_the_quantities_added()
    {
        var first = await AddAsync(StoreA, Coffee, 2, [Tall, Shot, Syrup]);
        var second = await AddAsync(StoreA, Coffee, 3, [Syrup, Tall, Shot]);

        Assert.That(second.Value.CartItemId, Is.EqualTo(first.Value.CartItemId));
        var line = _db.LinesOf(Customer).Single();
        Assert.That(line.Quantity, Is.EqualTo(5));
        Assert.That(line.OptionIdsKey, Is.EqualTo($"{Tall},{Shot},{Syrup}"));
    }

    [Test]
    public async Task Other_options_make_another_line()
    {
        var tall = await AddAsync(StoreA, Coffee, 1, [Tall]);
        var grande = await AddAsync(StoreA, Coffee, 1, [Grande]);

        Assert.That(grande.Value.CartItemId, Is.Not.EqualTo(tall.Value.CartItemId));
        Assert.That(_db.LinesOf(Customer), Has.Count.EqualTo(2));
    }

    [Test]
    public async Task Another_store_is_3101_and_leaves_the_cart_as_it_was()
    {
        await AddAsync(StoreA, Cookie, 1);

        var result = await AddAsync(StoreB, Bagel, 1);

        Assert.That(result.Error?.Code, Is.EqualTo(ErrorCatalog.CartHoldsAnotherStore.Code));
        Assert.That(_db.CartStoreOf(Customer), Is.EqualTo(StoreA));
        Assert.That(_db.LinesOf(Customer).Single().MenuId, Is.EqualTo(Cookie));
    }

    [Test]
    public async Task Replacing_the_cart_drops_the_old_store_lines_and_keeps_the_new_one()
    {
        await AddAsync(StoreA, Cookie, 1);

        var result = await AddAsync(StoreB, Bagel, 2, replaceCart: true);

        Assert.That(result.IsSuccess, Is.True, result.Error?.Message);
        Assert.That(_db.CartStoreOf(Customer), Is.EqualTo(StoreB));
        Assert.That(_db.LinesOf(Customer).Select(line => (line.MenuId, line.Quantity)), Is.EqualTo(new[] { (Bagel, 2) }));
    }

    [Test]
    public async Task A_merge_beyond_99_is_3104_and_keeps_the_line()
    {
        await AddAsync(StoreA, Cookie, 60);

        var result = await AddAsync(StoreA, Cookie, 40);

        Assert.That(result.Error?.Code, Is.EqualTo(ErrorCatalog.CartLineQuantityExceeded.Code));
        Assert.That(result.Error!.Message, Does.Contain("60"));
        Assert.That(_db.LinesOf(Customer).Single().Quantity, Is.EqualTo(60));
        Assert.That((await AddAsync(StoreA, Cookie, 39)).IsSuccess, Is.True, "exactly 99 is allowed");
    }

    [TestCase(0)]
    [TestCase(100)]
    [TestCase(-1)]
    public async Task A_quantity_outside_1_to_99_is_1111_on_quantity_before_any_transaction(int quantity)
    {
        var result = await AddAsync(StoreA, Cookie, quantity);

        Assert.That(result.Error?.Code, Is.EqualTo("1111"));
        Assert.That(result.Error!.FieldErrors!.Keys, Is.EquivalentTo(new[] { "quantity" }));
        Assert.That(_unitOfWork.Commits + _unitOfWork.Rollbacks, Is.Zero);
    }

    [Test]
    public async Task Missing_ids_are_1111_naming_every_field()
    {
        var result = await _add.AddAsync(new AddCartItemCommand(Customer, 0, 0, 1, [0], false), CancellationToken.None);

        Assert.That(result.Error?.FieldErrors?.Keys, Is.EquivalentTo(new[] { "storeId", "menuId", "optionIds" }));
    }

    [TestCase(999L, Cookie, "2001")]
    [TestCase(StoreA, 999L, "2002")]
    [TestCase(StoreA, Bagel, "2002")]
    public async Task Unknown_store_or_menu_or_a_menu_of_another_store_is_404(long storeId, long menuId, string code)
    {
        var result = await AddAsync(storeId, menuId, 1);

        Assert.That(result.Error?.Code, Is.EqualTo(code));
        Assert.That(_db.CartStoreOf(Customer), Is.Null);
    }

    [TestCase("CLOSED")]
    [TestCase("PAUSED")]
    public async Task A_store_not_open_is_3102(string status)
    {
        _db.AddStore(StoreA, status);

        var result = await AddAsync(StoreA, Cookie, 1);

        Assert.That(result.Error?.Code, Is.EqualTo(ErrorCatalog.StoreNotTakingOrders.Code));
        Assert.That(_db.CartStoreOf(Customer), Is.Null);
    }

    [TestCase(0, false)]
    [TestCase(30, true)]
    public async Task A_sold_out_menu_is_3103(int stock, bool flagged)
    {
        _db.AddMenu(CookieMenu(stock, flagged));

        var result = await AddAsync(StoreA, Cookie, 1);

        Assert.That(result.Error?.Code, Is.EqualTo(ErrorCatalog.MenuSoldOut.Code));
        Assert.That(result.Error!.Message, Does.Contain("쿠키"));
    }

    private Task<Domain.Common.Result<AddCartItemResult>> AddAsync(long storeId, long menuId, int quantity, long[]? optionIds = null, bool replaceCart = false) =>
        _add.AddAsync(new AddCartItemCommand(Customer, storeId, menuId, quantity, optionIds ?? [], replaceCart), CancellationToken.None);
}
