namespace Hexagon.Adapters.Persistence.Schema;

/// <summary>A row of schema_migrations: a migration this database has already run.</summary>
public sealed record AppliedMigration(int Version, string Name, string Checksum);
