namespace Hexagon.Application.Catalog.SeedDemo;

/// <summary>
/// Fills an empty catalog with deterministic demo stores around Seoul City Hall and makes sure the demo customer
/// exists (only reachable from `Bootstrap --seed-demo`, never over HTTP). A catalog that has any store is left alone.
/// </summary>
public interface ISeedDemoData
{
    Task<SeedDemoResult> SeedAsync(SeedDemoCommand command, CancellationToken cancellationToken);
}
