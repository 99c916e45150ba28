using Hexagon.Application.Catalog.LikeStore;
using Hexagon.Application.Errors;
using Hexagon.Application.Tests.Identity.Fakes;

namespace Hexagon.Application.Tests.Catalog.Likes;

public sealed class LikeStoreServiceTests
{
    private const long Store = 7;
    private const long Customer = 42;

    private InMemoryStoreLikes _likes = null!;
    private InMemoryUnitOfWork _unitOfWork = null!;
    private LikeStoreService _like = null!;
    private UnlikeStoreService _unlike = null!;

    [SetUp]
    public void CreateServices()
    {
        _likes = new InMemoryStoreLikes();
        _likes.AddStore(Store, likeCount: 3);
        _unitOfWork = new InMemoryUnitOfWork(_likes);
        _like = new LikeStoreService(_likes, _unitOfWork, TimeProvider.System);
        _unlike = new UnlikeStoreService(_likes, _unitOfWork);
    }

    [Test]
    public async Task Liking_twice_counts_once_and_unliking_twice_uncounts_once()
    {
        Assert.That((await _like.LikeAsync(Customer, Store, CancellationToken.None)).IsSuccess, Is.True);
        Assert.That((await _like.LikeAsync(Customer, Store, CancellationToken.None)).IsSuccess, Is.True);
        Assert.That(_likes.CountOf(Store), Is.EqualTo(4));
        Assert.That(_likes.RowsOf(Store), Is.EqualTo(1));

        Assert.That((await _unlike.UnlikeAsync(Customer, Store, CancellationToken.None)).IsSuccess, Is.True);
        Assert.That((await _unlike.UnlikeAsync(Customer, Store, CancellationToken.None)).IsSuccess, Is.True);
        Assert.That(_likes.CountOf(Store), Is.EqualTo(3));
        Assert.That(_likes.RowsOf(Store), Is.EqualTo(0));
        Assert.That(_unitOfWork.Commits, Is.EqualTo(4));
    }

    [TestCase(999)]
    [TestCase(0)]
    [TestCase(-1)]
    public async Task An_unknown_store_is_2001_for_both(long storeId)
    {
        var liked = await _like.LikeAsync(Customer, storeId, CancellationToken.None);
        var unliked = await _unlike.UnlikeAsync(Customer, storeId, CancellationToken.None);

        Assert.That(liked.Error?.Code, Is.EqualTo(ErrorCatalog.StoreNotFound.Code));
        Assert.That(unliked.Error?.Code, Is.EqualTo(ErrorCatalog.StoreNotFound.Code));
        Assert.That(_likes.CountOf(Store), Is.EqualTo(3));
    }
}
