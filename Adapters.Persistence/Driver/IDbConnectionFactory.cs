using System.Data.Common;

namespace Hexagon.Adapters.Persistence.Driver;

/// <summary>
/// Opens connections to the application database. Everything above this interface speaks ADO.NET and Dapper only,
/// so changing the MySQL driver touches <see cref="MySqlConnectionFactory"/> and <see cref="MySqlErrors"/> alone.
/// </summary>
public interface IDbConnectionFactory
{
    /// <summary>An open connection the caller owns and disposes. Its commands honour cancellation and the command timeout.</summary>
    Task<DbConnection> OpenAsync(CancellationToken cancellationToken);
}
