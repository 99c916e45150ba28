using Hexagon.Adapters.Persistence.Schema;

namespace Hexagon.Integration.Tests.Persistence;

/// <summary>Migration files made up by a test, in place of the ones embedded in the adapter.</summary>
internal sealed class ListMigrationSource(IReadOnlyList<MigrationFile> files) : IMigrationSource
{
    public IReadOnlyList<MigrationFile> Load() => files;
}
