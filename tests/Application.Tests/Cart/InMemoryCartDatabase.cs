using Hexagon.Application.Cart.Ports;
using Hexagon.Application.Catalog.Ports;
using Hexagon.Application.Tests.Identity.Fakes;

namespace Hexagon.Application.Tests.Cart;

/// <summary>
/// Stores, menus and carts in memory with the ports' semantics: the cart writes, the priced read and the catalog's menu
/// lookup over one set of rows, so a test sees what a write did through the same read the app uses. Takes part in the
/// fake unit of work (the cart rows roll back; stores and menus are arranged by the test and never written).
/// </summary>
internal sealed class InMemoryCartDatabase : ICartRepository, ICartReader, IStoreCatalog, ITransactionalFake
{
    private readonly Dictionary<long, CartStore> _stores = [];
    private readonly Dictionary<long, MenuDetail> _menus = [];
    private Dictionary<long, long> _carts = [];
    private List<StoredLine> _lines = [];
    private long _nextLineId = 100;

    public int CartLocks { get; private set; }

    public void AddStore(long storeId, string status = "OPEN") => _stores[storeId] = new CartStore(storeId, $"매장 {storeId}", status);

    public void AddMenu(MenuDetail menu) => _menus[menu.MenuId] = menu;

    public void ReplaceMenu(long menuId, Func<MenuDetail, MenuDetail> change) => _menus[menuId] = change(_menus[menuId]);

    public long? CartStoreOf(long userId) => _carts.TryGetValue(userId, out var storeId) ? storeId : null;

    public IReadOnlyList<StoredLine> LinesOf(long userId) => _lines.Where(line => line.UserId == userId).ToList();

    public Task<CartStore?> FindStoreAsync(long storeId, CancellationToken cancellationToken) => Task.FromResult(_stores.GetValueOrDefault(storeId));

    public Task<CartHold> HoldCartAsync(long userId, long storeId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        _carts.TryAdd(userId, storeId);
        return Task.FromResult(Hold(userId));
    }

    public Task<CartHold?> LockCartAsync(long userId, CancellationToken cancellationToken) =>
        Task.FromResult(_carts.ContainsKey(userId) ? Hold(userId) : null);

    public Task SwitchStoreAsync(long userId, long storeId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        _lines.RemoveAll(line => line.UserId == userId);
        _carts[userId] = storeId;
        return Task.CompletedTask;
    }

    public Task<CartLineQuantity?> FindLineAsync(long userId, long menuId, string optionIdsKey, CancellationToken cancellationToken) =>
        Task.FromResult(Line(userId, menuId, optionIdsKey) is { } line ? new CartLineQuantity(line.Id, line.Quantity) : null);

    public Task<long> AddLineAsync(long userId, NewCartLine line, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (Line(userId, line.MenuId, line.OptionIdsKey) is { } existing)
        {
            _lines[_lines.IndexOf(existing)] = existing with { Quantity = existing.Quantity + line.Quantity };
            return Task.FromResult(existing.Id);
        }

        var id = _nextLineId++;
        _lines.Add(new StoredLine(id, userId, line.MenuId, line.OptionIdsKey, [.. line.OptionIds], line.Quantity));
        return Task.FromResult(id);
    }

    public Task<bool> SetQuantityAsync(long userId, long cartItemId, int quantity, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var index = _lines.FindIndex(line => line.Id == cartItemId && line.UserId == userId);
        if (index >= 0)
        {
            _lines[index] = _lines[index] with { Quantity = quantity };
        }

        return Task.FromResult(index >= 0);
    }

    public Task<bool> RemoveLineAsync(long userId, long cartItemId, CancellationToken cancellationToken) =>
        Task.FromResult(_lines.RemoveAll(line => line.Id == cartItemId && line.UserId == userId) == 1);

    public Task DeleteCartAsync(long userId, CancellationToken cancellationToken)
    {
        _carts.Remove(userId);
        _lines.RemoveAll(line => line.UserId == userId);
        return Task.CompletedTask;
    }

    public Task<PricedCart> ReadAsync(long userId, CancellationToken cancellationToken)
    {
        var lines = LinesOf(userId);
        if (!_carts.TryGetValue(userId, out var storeId) || lines.Count == 0)
        {
            return Task.FromResult(PricedCart.Empty);
        }

        var priced = lines.Select(line =>
        {
            var menu = _menus[line.MenuId];
            var options = menu.OptionGroups.SelectMany(group => group.Options)
                .Where(option => line.OptionIds.Contains(option.OptionId))
                .Select(option => new PricedCartOption(option.OptionId, option.Name, option.Price, option.SoldOut))
                .ToList();
            return new PricedCartLine(line.Id, menu.MenuId, menu.Name, line.Quantity, menu.Price, menu.RemainingStock, menu.SoldOut, options);
        }).ToList();
        return Task.FromResult(new PricedCart(_stores[storeId], priced));
    }

    public Task<MenuDetail?> FindMenuAsync(long storeId, long menuId, CancellationToken cancellationToken) =>
        Task.FromResult(_menus.TryGetValue(menuId, out var menu) && menu.StoreId == storeId ? menu : null);

    public Task<IReadOnlyList<StoreSummary>> ListNearbyAsync(NearbyStoresRequest request, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The cart never lists stores.");

    public Task<StoreDetail?> FindStoreAsync(long storeId, long? viewerId, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The cart never reads store pages.");

    public object Snapshot() => (new Dictionary<long, long>(_carts), _lines.ToList());

    public void Restore(object snapshot) => (_carts, _lines) = ((Dictionary<long, long>, List<StoredLine>))snapshot;

    private CartHold Hold(long userId)
    {
        CartLocks++;
        return new CartHold(_carts[userId], _lines.Count(line => line.UserId == userId));
    }

    private StoredLine? Line(long userId, long menuId, string key) =>
        _lines.FirstOrDefault(line => line.UserId == userId && line.MenuId == menuId && line.OptionIdsKey == key);

    internal sealed record StoredLine(long Id, long UserId, long MenuId, string OptionIdsKey, long[] OptionIds, int Quantity);
}
