namespace Hexagon.Application.Catalog.SeedDemo;

/// <summary>
/// Deterministic demo stores: the same seed always gives the same stores, menus and options, so a demo, a test and a
/// benchmark all see one catalog. <see cref="Random"/> with a seed is enough here (nothing is secret). Ids start at 1
/// in every table: the seeder only writes into an empty catalog, and choosing the ids here lets children name their
/// parents without reading generated keys back (MySQL has no RETURNING, and the ids of a multi-row insert are not
/// guaranteed consecutive under interleaved auto-increment locking).
/// </summary>
public sealed class DemoCatalogGenerator
{
    public const double CenterLatitude = 37.5665;
    public const double CenterLongitude = 126.9780;

    /// <summary>Just under 5 km, so that rounding the coordinates to six decimals (about 0.1 m) cannot push a store out.</summary>
    public const double RadiusMeters = 4_999;

    private const double MetresPerDegreeLatitude = 111_320d;

    private readonly Random _random;
    private long _nextCategoryId = 1;
    private long _nextMenuId = 1;
    private long _nextGroupId = 1;
    private long _nextOptionId = 1;

    private DemoCatalogGenerator(int seed) => _random = new Random(seed);

    /// <summary>Generates <paramref name="stores"/> stores lazily, with ids 1..<paramref name="stores"/>.</summary>
    public static IEnumerable<DemoStore> Generate(int stores, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(stores);
        var generator = new DemoCatalogGenerator(seed);
        for (var id = 1; id <= stores; id++)
        {
            yield return generator.NextStore(id);
        }
    }

    private DemoStore NextStore(long id)
    {
        var kind = Pick(DemoVocabulary.Kinds);
        var neighbourhood = Pick(DemoVocabulary.Neighbourhoods);
        var (latitude, longitude) = NextPosition();
        var categories = kind.Categories.Take(_random.Next(2, 5)).ToList();
        var categoryRows = categories.Select((category, index) => new DemoCategory(_nextCategoryId++, category.Category, index + 1)).ToList();
        var menus = Enumerable.Range(0, _random.Next(4, 11))
            .Select(index => NextMenu(kind, categories, categoryRows, index))
            .ToList();
        IReadOnlyList<string> tags = _random.Next(3) == 0 ? [.. kind.Tags, "포장"] : kind.Tags;
        return new DemoStore(
            id,
            $"{neighbourhood} {Pick(kind.Brands)}",
            $"{neighbourhood}에서 만나는 {kind.Kind}",
            $"서울 중구 {Pick(DemoVocabulary.Streets)} {_random.Next(1, 200)}",
            $"02-{_random.Next(200, 1000)}-{_random.Next(0, 10_000):D4}",
            latitude,
            longitude,
            NextStatus(),
            _random.Next(1, 7) * 5,
            // Few distinct values on purpose: keyset paging must cope with many stores sharing a rating or a count.
            _random.Next(30, 51) / 10m,
            _random.Next(0, 60) * 5,
            _random.Next(0, 100) * 3,
            _random.Next(10) == 0 ? null : $"https://images.hexagon.local/stores/{id}.jpg",
            tags,
            categoryRows,
            menus);
    }

    /// <summary>Uniform in the disc: the radius is the square root of a uniform draw, or stores would crowd the centre.</summary>
    private (decimal Latitude, decimal Longitude) NextPosition()
    {
        var distance = RadiusMeters * Math.Sqrt(_random.NextDouble());
        var bearing = _random.NextDouble() * 2 * Math.PI;
        var north = distance * Math.Cos(bearing);
        var east = distance * Math.Sin(bearing);
        var latitude = CenterLatitude + north / MetresPerDegreeLatitude;
        var longitude = CenterLongitude + east / (MetresPerDegreeLatitude * Math.Cos(CenterLatitude * Math.PI / 180));
        return (Math.Round((decimal)latitude, 6), Math.Round((decimal)longitude, 6));
    }

    private string NextStatus() => _random.Next(20) switch
    {
        0 or 1 => "CLOSED",
        2 => "PAUSED",
        _ => "OPEN",
    };

    private DemoMenu NextMenu(DemoStoreKind kind, List<(string Category, string[] Menus)> categories, List<DemoCategory> rows, int index)
    {
        // Round-robin over the categories, so none is empty; the names of a category are taken in order, so none repeats.
        var category = index % categories.Count;
        var name = categories[category].Menus[index / categories.Count % categories[category].Menus.Length];
        var id = _nextMenuId++;
        var (stock, soldOut) = _random.Next(10) switch
        {
            0 => (0, true),
            1 or 2 => (_random.Next(1, 6), false),
            _ => (_random.Next(20, 201), false),
        };
        var groups = kind.OptionGroups.Take(_random.Next(0, 3))
            .Select((template, order) => NextGroup(template, order + 1))
            .ToList();
        return new DemoMenu(
            id,
            rows[category].Id,
            name,
            _random.Next(2) == 0 ? "" : $"매장에서 직접 만드는 {name}",
            _random.Next(15, 121) * 100,
            stock,
            soldOut,
            index + 1,
            _random.Next(5) == 0 ? null : $"https://images.hexagon.local/menus/{id}.jpg",
            groups);
    }

    // A sold-out option only in optional groups: a required group with nothing left would make the menu unorderable.
    private DemoOptionGroup NextGroup(DemoOptionGroupTemplate template, int displayOrder)
    {
        var options = template.Options
            .Select((option, order) => new DemoOption(_nextOptionId++, option.Name, option.PriceDelta, !template.Required && _random.Next(8) == 0, order + 1))
            .ToList();
        return new DemoOptionGroup(_nextGroupId++, template.Name, template.Required, template.MinSelect, template.MaxSelect, displayOrder, options);
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];
}
