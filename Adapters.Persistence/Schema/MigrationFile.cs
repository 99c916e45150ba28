using System.Text;

namespace Hexagon.Adapters.Persistence.Schema;

/// <summary>A migration file as shipped: its file name (e.g. "0001_baseline.sql") and its raw bytes.</summary>
public sealed record MigrationFile(string FileName, ReadOnlyMemory<byte> Content)
{
    /// <summary>A file from text, encoded as UTF-8 without a byte order mark.</summary>
    public static MigrationFile FromText(string fileName, string text) => new(fileName, Encoding.UTF8.GetBytes(text));
}
