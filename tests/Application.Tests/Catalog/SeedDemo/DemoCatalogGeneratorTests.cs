using System.Text.Json;
using Hexagon.Application.Catalog.SeedDemo;

namespace Hexagon.Application.Tests.Catalog.SeedDemo;

public sealed class DemoCatalogGeneratorTests
{
    private static readonly List<DemoStore> Stores = DemoCatalogGenerator.Generate(500, seed: 42).ToList();

    [Test]
    public void The_same_seed_gives_the_same_catalog_and_another_seed_another()
    {
        var again = DemoCatalogGenerator.Generate(500, seed: 42).ToList();
        var other = DemoCatalogGenerator.Generate(500, seed: 43).ToList();

        Assert.That(JsonSerializer.Serialize(again), Is.EqualTo(JsonSerializer.Serialize(Stores)));
        Assert.That(JsonSerializer.Serialize(other), Is.Not.EqualTo(JsonSerializer.Serialize(Stores)));
    }

    [Test]
    public void Every_store_is_within_5_km_of_Seoul_City_Hall_and_they_spread_over_the_disc()
    {
        var distances = Stores.Select(store => HaversineMeters(37.5665, 126.9780, (double)store.Latitude, (double)store.Longitude)).ToList();

        Assert.That(distances, Has.All.LessThanOrEqualTo(5_000));
        // Uniform in the disc: about a quarter inside 2.5 km, and some stores near the edge.
        Assert.That(distances.Count(distance => distance < 2_500), Is.InRange(80, 170));
        Assert.That(distances.Count(distance => distance > 4_000), Is.GreaterThan(100));
    }

    [Test]
    public void Stores_have_names_addresses_phones_and_a_valid_status()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Stores.Select(store => store.Id), Is.EqualTo(Enumerable.Range(1, 500).Select(id => (long)id)));
            Assert.That(Stores, Has.All.Matches<DemoStore>(store => store.Name.Contains(' ') && store.Address.StartsWith("서울 중구 ", StringComparison.Ordinal)));
            Assert.That(Stores, Has.All.Matches<DemoStore>(store => System.Text.RegularExpressions.Regex.IsMatch(store.Phone, @"^02-\d{3}-\d{4}$")));
            Assert.That(Stores.Select(store => store.Status).Distinct(), Is.EquivalentTo(new[] { "OPEN", "CLOSED", "PAUSED" }));
            Assert.That(Stores.Count(store => store.Status == "OPEN"), Is.GreaterThan(350));
            Assert.That(Stores, Has.All.Matches<DemoStore>(store => store.Rating is >= 3.0m and <= 5.0m && store.PickupMinutes is >= 5 and <= 30));
            Assert.That(Stores, Has.All.Matches<DemoStore>(store => store.Tags.Count >= 2 && store.Categories.Count is >= 2 and <= 4 && store.Menus.Count is >= 4 and <= 10));
        });
    }

    [Test]
    public void Prices_are_whole_hundreds_of_won_and_never_negative()
    {
        var menus = Stores.SelectMany(store => store.Menus).ToList();
        var options = menus.SelectMany(menu => menu.OptionGroups).SelectMany(group => group.Options).ToList();

        Assert.That(menus, Has.All.Matches<DemoMenu>(menu => menu.Price is >= 1_500 and <= 12_000 && menu.Price % 100 == 0 && menu.Stock >= 0));
        Assert.That(options, Has.All.Matches<DemoOption>(option => option.PriceDelta >= 0 && option.PriceDelta % 100 == 0));
        Assert.That(menus.Count(menu => menu.SoldOut), Is.GreaterThan(0), "some menus are sold out");
        Assert.That(menus.Count(menu => !menu.SoldOut && menu.Stock < 10), Is.GreaterThan(0), "some menus are low on stock");
    }

    [Test]
    public void Option_groups_are_satisfiable()
    {
        var groups = Stores.SelectMany(store => store.Menus).SelectMany(menu => menu.OptionGroups).ToList();

        Assert.That(groups, Is.Not.Empty);
        Assert.That(groups, Has.All.Matches<DemoOptionGroup>(group =>
            group.MinSelect >= 0 && group.MinSelect <= group.MaxSelect && group.MaxSelect <= group.Options.Count
            && (!group.Required || (group.MinSelect >= 1 && group.Options.Count(option => !option.SoldOut) >= group.MinSelect))));
    }

    [Test]
    public void Children_point_at_parents_of_their_own_store_and_ids_are_unique()
    {
        Assert.That(Stores, Has.All.Matches<DemoStore>(store =>
            store.Menus.All(menu => store.Categories.Any(category => category.Id == menu.CategoryId))
            && store.Categories.All(category => store.Menus.Any(menu => menu.CategoryId == category.Id))));
        var menus = Stores.SelectMany(store => store.Menus).ToList();
        var groups = menus.SelectMany(menu => menu.OptionGroups).ToList();
        Assert.That(menus.Select(menu => menu.Id), Is.Unique);
        Assert.That(groups.Select(group => group.Id), Is.Unique);
        Assert.That(groups.SelectMany(group => group.Options).Select(option => option.Id), Is.Unique);
    }

    [Test]
    public void Many_stores_share_a_rating_a_like_count_and_a_review_count()
    {
        // The keyset paging tests need ties in every sort.
        Assert.That(Stores.GroupBy(store => store.Rating).Max(group => group.Count()), Is.GreaterThanOrEqualTo(10));
        Assert.That(Stores.GroupBy(store => store.LikeCount).Max(group => group.Count()), Is.GreaterThanOrEqualTo(5));
        Assert.That(Stores.GroupBy(store => store.ReviewCount).Max(group => group.Count()), Is.GreaterThanOrEqualTo(3));
    }

    private static double HaversineMeters(double lat1, double lng1, double lat2, double lng2)
    {
        const double EarthRadius = 6_371_008.8;
        static double Radians(double degrees) => degrees * Math.PI / 180;
        var a = Math.Pow(Math.Sin(Radians(lat2 - lat1) / 2), 2)
            + Math.Cos(Radians(lat1)) * Math.Cos(Radians(lat2)) * Math.Pow(Math.Sin(Radians(lng2 - lng1) / 2), 2);
        return 2 * EarthRadius * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }
}
