using System.ComponentModel.DataAnnotations;

namespace Hexagon.Adapters.Persistence.Configuration;

/// <summary>The "Database" configuration section. Validated at start-up, so a typo fails the deploy, not the first order.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>A MySQL connection string with a database; <c>SslMode=Disabled</c> only on loopback.</summary>
    [Required]
    public string ConnectionString { get; set; } = "";

    /// <summary>
    /// How long one statement may run before it is interrupted on the server. Orders are short statements; anything
    /// longer is a lock wait or a bad plan, and the request should fail rather than hold a connection.
    /// </summary>
    [Range(1, 3600)]
    public int CommandTimeoutSeconds { get; set; } = 30;

    /// <summary>How many times a unit of work is re-run after a deadlock or lock wait timeout (0 turns retries off).</summary>
    [Range(0, 10)]
    public int MaxTransientRetries { get; set; } = 3;

    /// <summary>The back-off before the first retry; it doubles for each further retry.</summary>
    [Range(1, 10_000)]
    public int RetryBaseDelayMilliseconds { get; set; } = 50;

    /// <summary>The longest back-off between two retries, however many came before.</summary>
    [Range(1, 60_000)]
    public int RetryMaxDelayMilliseconds { get; set; } = 1_000;

    /// <summary>How long an instance waits for another instance that is applying migrations before it gives up.</summary>
    [Range(1, 3600)]
    public int MigrationLockTimeoutSeconds { get; set; } = 60;
}
