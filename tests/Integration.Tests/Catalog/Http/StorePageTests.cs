using System.Net;
using Hexagon.Integration.Tests.Identity.Http;
using Hexagon.Integration.Tests.Web;

namespace Hexagon.Integration.Tests.Catalog.Http;

public sealed class StorePageTests : CatalogHttpFixture
{
    [Test]
    public async Task A_store_shows_its_categories_and_menus_in_display_order()
    {
        var store = await Rows.StoreAsync(65.0, 100.0, name: "시청 커피");
        var desserts = await Rows.CategoryAsync(store, "디저트", displayOrder: 2);
        var coffee = await Rows.CategoryAsync(store, "커피", displayOrder: 1);
        var latte = await Rows.MenuAsync(store, coffee, "카페라떼", 4_500, stock: 10, displayOrder: 2);
        var americano = await Rows.MenuAsync(store, coffee, "아메리카노", 4_000, stock: 0, displayOrder: 1);
        var cake = await Rows.MenuAsync(store, desserts, "치즈케이크", 6_000, stock: 3, displayOrder: 1, soldOut: true);

        var page = await GetOkAsync($"/api/v1/stores/{store}");

        Assert.That(page.GetProperty("storeId").GetInt64(), Is.EqualTo(store));
        Assert.That(page.GetProperty("name").GetString(), Is.EqualTo("시청 커피"));
        Assert.That(page.GetProperty("address").GetString(), Is.EqualTo("서울 중구 세종대로 110"));
        Assert.That(page.GetProperty("phone").GetString(), Is.EqualTo("02-120"));
        Assert.That(page.GetProperty("status").GetString(), Is.EqualTo("OPEN"));
        var categories = page.GetProperty("categories").EnumerateArray().ToList();
        Assert.That(categories.Select(category => category.GetProperty("name").GetString()), Is.EqualTo(new[] { "커피", "디저트" }));
        var menus = categories[0].GetProperty("menus").EnumerateArray().ToList();
        Assert.That(menus.Select(menu => menu.GetProperty("menuId").GetInt64()), Is.EqualTo(new[] { americano, latte }));
        Assert.That(menus[0].GetProperty("soldOut").GetBoolean(), Is.True, "no stock left is sold out");
        Assert.That(menus[1].GetProperty("price").GetInt64(), Is.EqualTo(4_500));
        Assert.That(menus[1].GetProperty("remainingStock").GetInt32(), Is.EqualTo(10));
        Assert.That(menus[1].GetProperty("soldOut").GetBoolean(), Is.False);
        Assert.That(menus[1].GetProperty("imageUrl").GetString(), Is.EqualTo("https://img.example/m.png"));
        var cakeRow = categories[1].GetProperty("menus")[0];
        Assert.That(cakeRow.GetProperty("menuId").GetInt64(), Is.EqualTo(cake));
        Assert.That(cakeRow.GetProperty("soldOut").GetBoolean(), Is.True);
    }

    [TestCase("CLOSED")]
    [TestCase("PAUSED")]
    public async Task A_closed_or_paused_store_still_shows_with_its_status(string status)
    {
        var store = await Rows.StoreAsync(65.5, 100.0, status: status);

        var page = await GetOkAsync($"/api/v1/stores/{store}");

        Assert.That(page.GetProperty("status").GetString(), Is.EqualTo(status));
    }

    [Test]
    public async Task An_unknown_store_is_404_2001()
    {
        using var response = await GetAsync("/api/v1/stores/987654321");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, "2001");
    }

    [Test]
    public async Task A_menu_shows_its_option_groups_and_options_in_display_order()
    {
        var store = await Rows.StoreAsync(66.0, 100.0);
        var category = await Rows.CategoryAsync(store, "커피", 1);
        var menu = await Rows.MenuAsync(store, category, "카페라떼", 4_500, stock: 5, displayOrder: 1);
        var extras = await Rows.OptionGroupAsync(menu, "추가", required: false, minSelect: 0, maxSelect: 2, displayOrder: 2);
        var size = await Rows.OptionGroupAsync(menu, "사이즈", required: true, minSelect: 1, maxSelect: 1, displayOrder: 1);
        var large = await Rows.OptionAsync(size, "라지", 500, displayOrder: 2);
        var regular = await Rows.OptionAsync(size, "레귤러", 0, displayOrder: 1);
        var shot = await Rows.OptionAsync(extras, "샷 추가", 500, displayOrder: 1, soldOut: true);

        var page = await GetOkAsync($"/api/v1/stores/{store}/menus/{menu}");

        Assert.That(page.GetProperty("menuId").GetInt64(), Is.EqualTo(menu));
        Assert.That(page.GetProperty("price").GetInt64(), Is.EqualTo(4_500));
        var groups = page.GetProperty("optionGroups").EnumerateArray().ToList();
        Assert.That(groups.Select(group => group.GetProperty("groupId").GetInt64()), Is.EqualTo(new[] { size, extras }));
        Assert.That(groups[0].GetProperty("required").GetBoolean(), Is.True);
        Assert.That(groups[0].GetProperty("minSelect").GetInt32(), Is.EqualTo(1));
        Assert.That(groups[1].GetProperty("maxSelect").GetInt32(), Is.EqualTo(2));
        var sizes = groups[0].GetProperty("options").EnumerateArray().ToList();
        Assert.That(sizes.Select(option => option.GetProperty("optionId").GetInt64()), Is.EqualTo(new[] { regular, large }));
        Assert.That(sizes[1].GetProperty("price").GetInt64(), Is.EqualTo(500));
        Assert.That(groups[1].GetProperty("options")[0].GetProperty("optionId").GetInt64(), Is.EqualTo(shot));
        Assert.That(groups[1].GetProperty("options")[0].GetProperty("soldOut").GetBoolean(), Is.True);
    }

    [Test]
    public async Task A_menu_of_another_store_or_an_unknown_menu_is_404_2002()
    {
        var store = await Rows.StoreAsync(66.5, 100.0);
        var other = await Rows.StoreAsync(66.5, 100.0);
        var menu = await Rows.MenuAsync(other, await Rows.CategoryAsync(other, "커피", 1), "아메리카노", 4_000, stock: 5, displayOrder: 1);

        using var foreign = await GetAsync($"/api/v1/stores/{store}/menus/{menu}");
        using var unknown = await GetAsync($"/api/v1/stores/{store}/menus/987654321");

        await ProblemAssert.IsProblemAsync(foreign, HttpStatusCode.NotFound, "2002");
        await ProblemAssert.IsProblemAsync(unknown, HttpStatusCode.NotFound, "2002");
    }

    [Test]
    public async Task LikedByMe_is_the_signed_in_callers_and_false_for_anyone_else()
    {
        var liked = await Rows.StoreAsync(67.0, 100.0);
        var notLiked = await Rows.StoreAsync(67.0, 100.0);
        var customer = await new IdentityApi(Client).NewUserAsync();
        await Rows.LikeAsync(customer.UserId, liked);
        var list = StoreListPagingTests.ListPath(67.0, 100.0, null, null, null);

        var mine = await GetOkAsync(list, customer.AccessToken);
        var anonymous = await GetOkAsync(list);
        var myPage = await GetOkAsync($"/api/v1/stores/{liked}", customer.AccessToken);
        var anonymousPage = await GetOkAsync($"/api/v1/stores/{liked}");

        Assert.That(
            mine.GetProperty("data").EnumerateArray().Select(store => (store.GetProperty("storeId").GetInt64(), store.GetProperty("likedByMe").GetBoolean())),
            Is.EqualTo(new[] { (liked, true), (notLiked, false) }));
        Assert.That(anonymous.GetProperty("data").EnumerateArray().Select(store => store.GetProperty("likedByMe").GetBoolean()), Is.All.False);
        Assert.That(myPage.GetProperty("likedByMe").GetBoolean(), Is.True);
        Assert.That(anonymousPage.GetProperty("likedByMe").GetBoolean(), Is.False);
    }
}
