namespace Hexagon.Adapters.Persistence.Schema;

/// <summary>What the runner is about to do, decided without touching the database.</summary>
/// <param name="Pending">Migrations to run, in version order.</param>
/// <param name="AlreadyApplied">Migrations recorded with the same name and checksum; skipped.</param>
/// <param name="Unknown">
/// Versions recorded in the database that this build does not ship: a newer build migrated first (a rolling deploy,
/// or a rollback). Tolerated, because refusing would make every rollback fail to start; the runner logs them.
/// </param>
public sealed record MigrationPlan(
    IReadOnlyList<MigrationScript> Pending,
    IReadOnlyList<MigrationScript> AlreadyApplied,
    IReadOnlyList<AppliedMigration> Unknown)
{
    public bool IsUpToDate => Pending.Count == 0;
}
