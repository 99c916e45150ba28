using Hexagon.Application.Catalog.Ports;

namespace Hexagon.Application.Tests.Cart;

/// <summary>The menus the cart tests arrange: a coffee with a required size and optional extras, a plain cookie.</summary>
internal static class CartMenus
{
    public const long StoreA = 1;
    public const long StoreB = 2;
    public const long Coffee = 10;
    public const long Cookie = 11;
    public const long Bagel = 20;
    public const long Tall = 101;
    public const long Grande = 102;
    public const long Venti = 103;
    public const long Shot = 111;
    public const long Syrup = 112;
    public const long Cream = 113;

    public static MenuDetail CoffeeMenu(bool ventiSoldOut = false) => new(
        Coffee, StoreA, "아메리카노", null, 4000, false, 50, null,
        [
            new OptionGroup(1, "사이즈", Required: true, 1, 1,
                [new MenuOption(Tall, "톨", 0, false), new MenuOption(Grande, "그란데", 500, false), new MenuOption(Venti, "벤티", 1000, ventiSoldOut)]),
            new OptionGroup(2, "추가", Required: false, 2, 3,
                [new MenuOption(Shot, "샷 추가", 500, false), new MenuOption(Syrup, "시럽", 300, false), new MenuOption(Cream, "휘핑", 700, false)]),
        ]);

    public static MenuDetail CookieMenu(int stock = 30, bool soldOut = false) =>
        new(Cookie, StoreA, "쿠키", null, 2500, soldOut || stock <= 0, stock, null, []);

    public static MenuDetail BagelMenu() => new(Bagel, StoreB, "베이글", null, 3500, false, 10, null, []);
}
