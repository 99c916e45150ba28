namespace Hexagon.Adapters.Persistence.Schema;

/// <summary>The shipped migration files break the naming rules (bad name, duplicate version); a build defect.</summary>
public sealed class InvalidMigrationException : Exception
{
    public InvalidMigrationException()
    {
    }

    public InvalidMigrationException(string message)
        : base(message)
    {
    }

    public InvalidMigrationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
