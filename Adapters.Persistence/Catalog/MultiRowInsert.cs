using System.Data.Common;
using System.Text;
using Dapper;
using Hexagon.Adapters.Persistence.UnitOfWork;

namespace Hexagon.Adapters.Persistence.Catalog;

/// <summary>
/// INSERT … VALUES (…), (…), … of up to <see cref="RowsPerStatement"/> rows per statement: one round trip and one
/// parse per few hundred rows instead of per row, which is what makes seeding thousands of stores take seconds.
/// </summary>
internal static class MultiRowInsert
{
    /// <summary>Keeps a statement well below max_allowed_packet (a few hundred KB at most for these tables).</summary>
    public const int RowsPerStatement = 500;

    public static async Task ExecuteAsync(
        DbSession session,
        DbConnection connection,
        string table,
        string[] columns,
        IEnumerable<object?[]> rows,
        CancellationToken cancellationToken)
    {
        foreach (var chunk in rows.Chunk(RowsPerStatement))
        {
            var sql = new StringBuilder($"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ");
            var parameters = new DynamicParameters();
            for (var row = 0; row < chunk.Length; row++)
            {
                if (chunk[row].Length != columns.Length)
                {
                    throw new ArgumentException($"A row for {table} has {chunk[row].Length} values for {columns.Length} columns.", nameof(rows));
                }

                sql.Append(row == 0 ? "(" : ", (");
                for (var column = 0; column < columns.Length; column++)
                {
                    var name = $"p{row}_{column}";
                    sql.Append(column == 0 ? "@" : ", @").Append(name);
                    parameters.Add(name, chunk[row][column]);
                }

                sql.Append(')');
            }

            await connection.ExecuteAsync(session.Command(sql.ToString(), parameters, cancellationToken)).ConfigureAwait(false);
        }
    }
}
