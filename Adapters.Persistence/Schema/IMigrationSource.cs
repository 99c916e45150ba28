namespace Hexagon.Adapters.Persistence.Schema;

/// <summary>Where migration files come from: the assembly in production, a hand-made list in tests.</summary>
public interface IMigrationSource
{
    IReadOnlyList<MigrationFile> Load();
}
