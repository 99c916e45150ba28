using Hexagon.Application.Catalog.SeedDemo;

namespace Hexagon.Application.Catalog.Ports;

/// <summary>Bulk writes of generated demo data. Joins the running unit of work, like every repository.</summary>
public interface IDemoDataWriter
{
    Task<bool> AnyStoreExistsAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Inserts the stores with their categories, menus, option groups and options under the ids they carry. Only for
    /// an empty catalog: an id that is taken fails the statement.
    /// </summary>
    Task WriteAsync(IReadOnlyList<DemoStore> stores, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Sets (not adds to) a customer's point balance, so running the seeder again changes nothing.</summary>
    Task SetPointBalanceAsync(long userId, long points, DateTimeOffset now, CancellationToken cancellationToken);
}
