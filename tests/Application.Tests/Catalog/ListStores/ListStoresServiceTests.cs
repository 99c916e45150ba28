using Hexagon.Application.Catalog.ListStores;
using Hexagon.Application.Errors;
using Hexagon.Domain.Catalog;

namespace Hexagon.Application.Tests.Catalog.ListStores;

public sealed class ListStoresServiceTests
{
    private const double Lat = 37.5665;
    private const double Lng = 126.978;

    private InMemoryStoreCatalog _catalog = null!;
    private ListStoresService _service = null!;

    [SetUp]
    public void CreateService()
    {
        _catalog = new InMemoryStoreCatalog();
        _service = new ListStoresService(_catalog, 4_000);
    }

    [TestCase(null, Lng, "lat")]
    [TestCase(90.0001, Lng, "lat")]
    [TestCase(-90.5, Lng, "lat")]
    [TestCase(double.NaN, Lng, "lat")]
    [TestCase(Lat, null, "lng")]
    [TestCase(Lat, 180.01, "lng")]
    [TestCase(Lat, -181d, "lng")]
    public async Task Missing_or_out_of_range_coordinates_are_1111_naming_the_field(double? latitude, double? longitude, string field)
    {
        var result = await _service.ListAsync(new ListStoresQuery(latitude, longitude), CancellationToken.None);

        Assert.That(result.Error?.Code, Is.EqualTo(ErrorCatalog.ValidationFailed.Code));
        Assert.That(result.Error!.FieldErrors!.Keys, Is.EquivalentTo(new[] { field }));
        Assert.That(_catalog.LastRequest, Is.Null, "nothing is read for an invalid query");
    }

    [TestCase(0)]
    [TestCase(51)]
    [TestCase(-3)]
    public async Task Take_outside_1_to_50_is_1111(int take)
    {
        var result = await _service.ListAsync(new ListStoresQuery(Lat, Lng, Take: take), CancellationToken.None);

        Assert.That(result.Error?.FieldErrors?.Keys, Is.EquivalentTo(new[] { "take" }));
    }

    [TestCase("nearest")]
    [TestCase("Distance")]
    [TestCase("")]
    public async Task An_unknown_sort_is_1111(string sort)
    {
        var result = await _service.ListAsync(new ListStoresQuery(Lat, Lng, Sort: sort), CancellationToken.None);

        Assert.That(result.Error?.FieldErrors?.Keys, Is.EquivalentTo(new[] { "sort" }));
    }

    [Test]
    public async Task The_catalog_is_asked_for_one_row_more_than_the_page_within_the_configured_radius()
    {
        await _service.ListAsync(new ListStoresQuery(Lat, Lng, Take: 7), CancellationToken.None);

        Assert.That(_catalog.LastRequest!.Limit, Is.EqualTo(8));
        Assert.That(_catalog.LastRequest.RadiusMeters, Is.EqualTo(4_000));
        Assert.That(_catalog.LastRequest.Sort, Is.EqualTo(StoreSort.Distance), "distance is the default");
        Assert.That(_catalog.LastRequest.After, Is.Null);
    }

    [TestCase("distance")]
    [TestCase("likes")]
    [TestCase("rating")]
    [TestCase("reviews")]
    public async Task Walking_the_pages_visits_every_tied_store_exactly_once_in_id_order(string sort)
    {
        for (var id = 1; id <= 30; id++)
        {
            _catalog.Add(id, distanceMillimetres: 1_234, likes: 5, ratingTenths: 45, reviews: 9);
        }

        var seen = new List<long>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var result = await _service.ListAsync(new ListStoresQuery(Lat, Lng, sort, cursor, 7), CancellationToken.None);
            Assert.That(result.IsSuccess, Is.True, result.Error?.Message);
            seen.AddRange(result.Value.Stores.Select(store => store.StoreId));
            Assert.That(result.Value.HasNext, Is.EqualTo(result.Value.NextCursor is not null));
            cursor = result.Value.NextCursor;
            pages++;
        }
        while (cursor is not null && pages < 10);

        Assert.That(seen, Is.EqualTo(Enumerable.Range(1, 30).Select(id => (long)id)));
        Assert.That(pages, Is.EqualTo(5));
    }

    [Test]
    public async Task A_cursor_is_only_accepted_with_the_sort_and_point_it_came_from()
    {
        for (var id = 1; id <= 5; id++)
        {
            _catalog.Add(id, distanceMillimetres: id * 1_000);
        }

        var first = await _service.ListAsync(new ListStoresQuery(Lat, Lng, Take: 2), CancellationToken.None);
        var cursor = first.Value.NextCursor!;

        var same = await _service.ListAsync(new ListStoresQuery(Lat, Lng, "distance", cursor, 2), CancellationToken.None);
        var otherSort = await _service.ListAsync(new ListStoresQuery(Lat, Lng, "likes", cursor, 2), CancellationToken.None);
        var otherPoint = await _service.ListAsync(new ListStoresQuery(Lat + 0.001, Lng, null, cursor, 2), CancellationToken.None);

        Assert.That(same.Value.Stores.Select(store => store.StoreId), Is.EqualTo(new long[] { 3, 4 }));
        Assert.That(otherSort.Error, Is.EqualTo(ErrorCatalog.InvalidStoreCursor));
        Assert.That(otherPoint.Error, Is.EqualTo(ErrorCatalog.InvalidStoreCursor));
    }

    [Test]
    public async Task Every_single_changed_character_of_a_cursor_is_refused()
    {
        _catalog.Add(1);
        _catalog.Add(2);
        var cursor = (await _service.ListAsync(new ListStoresQuery(Lat, Lng, Take: 1), CancellationToken.None)).Value.NextCursor!;

        // The last character may also carry unused padding bits, so changing it need not change a byte: skip it.
        for (var index = 0; index < cursor.Length - 1; index++)
        {
            var replacement = cursor[index] == 'A' ? 'B' : 'A';
            var tampered = string.Concat(cursor.AsSpan(0, index), replacement.ToString(), cursor.AsSpan(index + 1));
            var result = await _service.ListAsync(new ListStoresQuery(Lat, Lng, Cursor: tampered, Take: 1), CancellationToken.None);
            Assert.That(result.Error, Is.EqualTo(ErrorCatalog.InvalidStoreCursor), $"character {index}");
        }
    }

    [TestCase("")]
    [TestCase("garbage!")]
    [TestCase("eyJ2IjoxfQ")]
    [TestCase("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task Garbage_cursors_are_2003(string cursor)
    {
        var result = await _service.ListAsync(new ListStoresQuery(Lat, Lng, Cursor: cursor), CancellationToken.None);

        Assert.That(result.Error, Is.EqualTo(ErrorCatalog.InvalidStoreCursor));
    }
}
