using MySql.Data.MySqlClient;

namespace Hexagon.Adapters.Persistence.Driver;

/// <summary>
/// Reads server error numbers out of driver exceptions. It lives beside <see cref="MySqlConnectionFactory"/> because
/// it names the driver's exception type: a driver swap changes these two files and nothing else.
/// </summary>
public static class MySqlErrors
{
    /// <summary>ER_LOCK_DEADLOCK: InnoDB chose this transaction as the victim and rolled all of it back.</summary>
    public const int Deadlock = 1213;

    /// <summary>ER_LOCK_WAIT_TIMEOUT: a row lock was not granted in innodb_lock_wait_timeout; only the statement was rolled back.</summary>
    public const int LockWaitTimeout = 1205;

    /// <summary>ER_NO_SUCH_TABLE.</summary>
    public const int NoSuchTable = 1146;

    /// <summary>
    /// True when running the same transaction again can succeed: another transaction held the locks, and this one was
    /// rolled back (a deadlock) or must be (a lock wait timeout). Nothing else is retried: a lost connection mid-commit
    /// may have committed, and a constraint violation will fail again.
    /// </summary>
    public static bool IsTransient(Exception exception) =>
        ServerErrorNumber(exception) is Deadlock or LockWaitTimeout;

    /// <summary>The MySQL server error number carried by the exception or one of its inner exceptions, if any.</summary>
    public static int? ServerErrorNumber(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is MySqlException { Number: > 0 } mySqlException)
            {
                return mySqlException.Number;
            }
        }

        return null;
    }
}
