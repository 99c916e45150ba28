using Hexagon.Application.Cart.AddCartItem;
using Hexagon.Application.Cart.ChangeCartItemQuantity;
using Hexagon.Application.Cart.ClearCart;
using Hexagon.Application.Cart.GetCart;
using Hexagon.Application.Cart.RemoveCartItem;
using Hexagon.Application.Errors;
using Hexagon.Application.Tests.Identity.Fakes;
using static Hexagon.Application.Tests.Cart.CartMenus;

namespace Hexagon.Application.Tests.Cart;

/// <summary>Changing, removing and clearing lines, and reading the cart priced from the rows.</summary>
public sealed class CartLineServicesTests
{
    private const long Customer = 42;
    private const long Stranger = 43;

    private InMemoryCartDatabase _db = null!;
    private InMemoryUnitOfWork _unitOfWork = null!;
    private AddCartItemService _add = null!;

    [SetUp]
    public void CreateServices()
    {
        _db = new InMemoryCartDatabase();
        _db.AddStore(StoreA);
        _db.AddStore(StoreB);
        _db.AddMenu(CoffeeMenu());
        _db.AddMenu(CookieMenu());
        _db.AddMenu(BagelMenu());
        _unitOfWork = new InMemoryUnitOfWork(_db);
        _add = new AddCartItemService(_db, _db, _unitOfWork, TimeProvider.System);
    }

    [Test]
    public async Task The_cart_is_priced_from_the_menus_as_they_are_now()
    {
        await AddAsync(Customer, StoreA, Coffee, 2, [Grande, Shot, Syrup]);
        await AddAsync(Customer, StoreA, Cookie, 3);
        _db.ReplaceMenu(Cookie, menu => menu with { Price = 2700 });

        var cart = await new GetCartService(_db).GetAsync(Customer, CancellationToken.None);

        Assert.That(cart.Store?.StoreId, Is.EqualTo(StoreA));
        Assert.That(cart.Lines.Select(line => line.Price.UnitPrice), Is.EqualTo(new[] { 4000L + 500 + 500 + 300, 2700L }));
        Assert.That(cart.Lines.Select(line => line.Price.LineAmount), Is.EqualTo(new[] { 10600L, 8100L }));
        Assert.That(cart.Subtotal, Is.EqualTo(18700));
    }

    [Test]
    public async Task Changing_a_quantity_answers_the_cart_with_it()
    {
        var line = (await AddAsync(Customer, StoreA, Cookie, 1)).Value.CartItemId;

        var result = await Change().ChangeAsync(new ChangeCartItemQuantityCommand(Customer, line, 7), CancellationToken.None);

        Assert.That(result.Value.Lines.Single().Quantity, Is.EqualTo(7));
        Assert.That(result.Value.Subtotal, Is.EqualTo(7 * 2500));
    }

    [TestCase(0)]
    [TestCase(100)]
    public async Task Changing_to_a_quantity_outside_1_to_99_is_1111(int quantity)
    {
        var line = (await AddAsync(Customer, StoreA, Cookie, 4)).Value.CartItemId;

        var result = await Change().ChangeAsync(new ChangeCartItemQuantityCommand(Customer, line, quantity), CancellationToken.None);

        Assert.That(result.Error?.FieldErrors?.Keys, Is.EquivalentTo(new[] { "quantity" }));
        Assert.That(_db.LinesOf(Customer).Single().Quantity, Is.EqualTo(4));
    }

    [Test]
    public async Task Someone_elses_line_is_3105_for_change_and_remove_and_stays_as_it_was()
    {
        var line = (await AddAsync(Customer, StoreA, Cookie, 4)).Value.CartItemId;
        await AddAsync(Stranger, StoreA, Cookie, 1);

        var changed = await Change().ChangeAsync(new ChangeCartItemQuantityCommand(Stranger, line, 9), CancellationToken.None);
        var removed = await new RemoveCartItemService(_db, _unitOfWork).RemoveAsync(Stranger, line, CancellationToken.None);

        Assert.That(changed.Error?.Code, Is.EqualTo(ErrorCatalog.CartItemNotFound.Code));
        Assert.That(removed.Error?.Code, Is.EqualTo(ErrorCatalog.CartItemNotFound.Code));
        Assert.That(_db.LinesOf(Customer).Single().Quantity, Is.EqualTo(4));
    }

    [Test]
    public async Task Removing_the_last_line_removes_the_cart_so_any_store_can_be_next()
    {
        var cookie = (await AddAsync(Customer, StoreA, Cookie, 1)).Value.CartItemId;
        var coffee = (await AddAsync(Customer, StoreA, Coffee, 1, [Tall])).Value.CartItemId;
        var remove = new RemoveCartItemService(_db, _unitOfWork);

        Assert.That((await remove.RemoveAsync(Customer, cookie, CancellationToken.None)).IsSuccess, Is.True);
        Assert.That(_db.CartStoreOf(Customer), Is.EqualTo(StoreA));
        Assert.That((await remove.RemoveAsync(Customer, coffee, CancellationToken.None)).IsSuccess, Is.True);
        Assert.That(_db.CartStoreOf(Customer), Is.Null);
        Assert.That((await remove.RemoveAsync(Customer, coffee, CancellationToken.None)).Error?.Code, Is.EqualTo("3105"));

        Assert.That((await AddAsync(Customer, StoreB, Bagel, 1)).IsSuccess, Is.True);
    }

    [Test]
    public async Task Clearing_empties_the_cart_and_clearing_again_is_fine()
    {
        await AddAsync(Customer, StoreA, Cookie, 1);
        var clear = new ClearCartService(_db, _unitOfWork);

        Assert.That((await clear.ClearAsync(Customer, CancellationToken.None)).IsSuccess, Is.True);
        Assert.That((await clear.ClearAsync(Customer, CancellationToken.None)).IsSuccess, Is.True);

        var cart = await new GetCartService(_db).GetAsync(Customer, CancellationToken.None);
        Assert.That(cart.IsEmpty, Is.True);
        Assert.That(cart.Store, Is.Null);
        Assert.That(cart.Subtotal, Is.Zero);
    }

    private ChangeCartItemQuantityService Change() => new(_db, _db, _unitOfWork, TimeProvider.System);

    private Task<Domain.Common.Result<AddCartItemResult>> AddAsync(long userId, long storeId, long menuId, int quantity, long[]? optionIds = null) =>
        _add.AddAsync(new AddCartItemCommand(userId, storeId, menuId, quantity, optionIds ?? [], false), CancellationToken.None);
}
