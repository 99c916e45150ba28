namespace Hexagon.Application.Catalog.SeedDemo;

/// <param name="Stores">How many stores to generate.</param>
/// <param name="Seed">The random seed: the same seed and count always give the same catalog.</param>
public sealed record SeedDemoCommand(int Stores = SeedDemoCommand.DefaultStores, int Seed = SeedDemoCommand.DefaultSeed)
{
    public const int DefaultStores = 200;

    public const int DefaultSeed = 42;
}
