namespace Hexagon.Adapters.Persistence.Schema;

/// <summary>What one run of <see cref="MySqlMigrationRunner.MigrateAsync"/> did.</summary>
public sealed record MigrationReport(IReadOnlyList<MigrationScript> Applied, IReadOnlyList<MigrationScript> Skipped);
