using System.Reflection;

namespace Hexagon.Adapters.Persistence.Schema;

/// <summary>
/// The <c>Migrations/*.sql</c> files embedded in this assembly (see the csproj). MSBuild names them
/// "{assembly}.Migrations.{file name}", so the file name is what follows that prefix.
/// </summary>
public sealed class EmbeddedMigrationSource : IMigrationSource
{
    private readonly Assembly _assembly;
    private readonly string _prefix;

    public EmbeddedMigrationSource()
        : this(typeof(EmbeddedMigrationSource).Assembly)
    {
    }

    public EmbeddedMigrationSource(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        _assembly = assembly;
        _prefix = $"{assembly.GetName().Name}.Migrations.";
    }

    public IReadOnlyList<MigrationFile> Load() => _assembly.GetManifestResourceNames()
        .Where(name => name.StartsWith(_prefix, StringComparison.Ordinal))
        .Select(name => new MigrationFile(name[_prefix.Length..], Read(name)))
        .ToList();

    private byte[] Read(string resourceName)
    {
        using var stream = _assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"Embedded migration '{resourceName}' could not be opened.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
