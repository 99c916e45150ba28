using Hexagon.Application.Catalog.ListMyLikes;
using Hexagon.Application.Errors;

namespace Hexagon.Application.Tests.Catalog.Likes;

public sealed class ListMyLikesServiceTests
{
    private const long Customer = 42;

    private InMemoryStoreLikes _likes = null!;
    private ListMyLikesService _service = null!;

    [SetUp]
    public void CreateService()
    {
        _likes = new InMemoryStoreLikes();
        _service = new ListMyLikesService(_likes);
    }

    [Test]
    public async Task Pages_walk_every_like_once_newest_first_through_ties()
    {
        var tie = new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
        for (long store = 1; store <= 7; store++)
        {
            _likes.AddStore(store);
            _likes.Like(Customer, store, store <= 5 ? tie : tie.AddTicks(10));
        }

        var seen = new List<long>();
        string? cursor = null;
        do
        {
            var page = (await _service.ListAsync(new ListMyLikesQuery(Customer, cursor, 2), CancellationToken.None)).Value;
            seen.AddRange(page.Stores.Select(store => store.StoreId));
            cursor = page.NextCursor;
        }
        while (cursor is not null);

        Assert.That(seen, Is.EqualTo(new long[] { 7, 6, 5, 4, 3, 2, 1 }));
    }

    [Test]
    public async Task Another_customers_cursor_is_2003()
    {
        var cursor = MyLikesCursor.Encode(Customer, new Hexagon.Application.Catalog.Ports.LikedStorePosition(1_000_000, 3));

        var mine = await _service.ListAsync(new ListMyLikesQuery(Customer, cursor), CancellationToken.None);
        var theirs = await _service.ListAsync(new ListMyLikesQuery(Customer + 1, cursor), CancellationToken.None);

        Assert.That(mine.IsSuccess, Is.True);
        Assert.That(theirs.Error?.Code, Is.EqualTo(ErrorCatalog.InvalidStoreCursor.Code));
    }

    [TestCase(0)]
    [TestCase(51)]
    public async Task Take_outside_1_to_50_is_1111(int take)
    {
        var result = await _service.ListAsync(new ListMyLikesQuery(Customer, null, take), CancellationToken.None);

        Assert.That(result.Error?.Code, Is.EqualTo(ErrorCatalog.ValidationFailed.Code));
    }
}
