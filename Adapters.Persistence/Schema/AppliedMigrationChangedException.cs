namespace Hexagon.Adapters.Persistence.Schema;

/// <summary>
/// A migration this database already ran was edited (or renamed) afterwards. The instance refuses to start: the
/// schema it would run against is not the one its files describe. Fix by restoring the file and adding a new one.
/// </summary>
public sealed class AppliedMigrationChangedException : Exception
{
    public AppliedMigrationChangedException()
    {
    }

    public AppliedMigrationChangedException(string message)
        : base(message)
    {
    }

    public AppliedMigrationChangedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
