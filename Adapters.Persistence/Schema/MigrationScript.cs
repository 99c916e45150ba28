namespace Hexagon.Adapters.Persistence.Schema;

/// <summary>A validated migration: its version (the file's numeric prefix), file name, checksum and SQL text.</summary>
public sealed record MigrationScript(int Version, string FileName, string Checksum, string Sql);
