using Dapper;
using Hexagon.Adapters.Persistence.Driver;
using Hexagon.Application.Jobs.Ports;

namespace Hexagon.Adapters.Persistence.Jobs;

/// <summary>
/// The job run log in the job_runs table. It opens a connection of its own for every call, outside the scoped unit
/// of work: a run's FAILED row must be committed even when the job's own transaction rolls back. Times are UTC.
/// </summary>
public sealed class MySqlJobRunLog(IDbConnectionFactory connections) : IJobRunLog
{
    // Deleting in slices keeps each statement's row locks short: the cleanup never stalls the jobs writing new runs.
    public const int DeleteBatchSize = 1000;

    private const string Columns = """
        id AS Id, job_name AS JobName, instance_id AS InstanceId, started_at AS StartedAt, finished_at AS FinishedAt,
        outcome AS Outcome, items_processed AS ItemsProcessed, error_message AS ErrorMessage
        """;

    public async Task<long> StartAsync(string jobName, string instanceId, DateTimeOffset startedAt, CancellationToken cancellationToken)
    {
        const string sql = """
            INSERT INTO job_runs (job_name, instance_id, started_at, items_processed) VALUES (@jobName, @instanceId, @startedAt, 0);
            SELECT LAST_INSERT_ID();
            """;
        var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                sql, new { jobName, instanceId, startedAt = startedAt.UtcDateTime }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        }
    }

    public async Task FinishAsync(long runId, JobRunOutcome outcome, int itemsProcessed, string? errorMessage, DateTimeOffset finishedAt, CancellationToken cancellationToken)
    {
        const string sql = """
            UPDATE job_runs SET finished_at = @finishedAt, outcome = @outcome, items_processed = @itemsProcessed, error_message = @errorMessage
            WHERE id = @runId
            """;
        var parameters = new { runId, outcome = JobRunOutcomeColumn.ToColumn(outcome), itemsProcessed, errorMessage, finishedAt = finishedAt.UtcDateTime };
        var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            await connection.ExecuteAsync(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
        }
    }

    public async Task<IReadOnlyList<JobRun>> ListNewestFirstAsync(long? beforeId, int limit, CancellationToken cancellationToken)
    {
        // One predicate for both cases keeps the plan a plain descending primary-key range scan.
        const string sql = $"SELECT {Columns} FROM job_runs WHERE id < @beforeId ORDER BY id DESC LIMIT @limit";
        var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var rows = await connection.QueryAsync<JobRunRow>(new CommandDefinition(
                sql, new { beforeId = beforeId ?? long.MaxValue, limit }, cancellationToken: cancellationToken)).ConfigureAwait(false);
            return rows.Select(row => row.ToJobRun()).ToList();
        }
    }

    public async Task<int> DeleteStartedBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        const string sql = "DELETE FROM job_runs WHERE started_at < @cutoff ORDER BY started_at, id LIMIT @batch";
        var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var total = 0;
            int deleted;
            do
            {
                deleted = await connection.ExecuteAsync(new CommandDefinition(
                    sql, new { cutoff = cutoff.UtcDateTime, batch = DeleteBatchSize }, cancellationToken: cancellationToken)).ConfigureAwait(false);
                total += deleted;
            }
            while (deleted == DeleteBatchSize);

            return total;
        }
    }
}
