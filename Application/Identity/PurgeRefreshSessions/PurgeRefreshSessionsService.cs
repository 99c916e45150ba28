using Hexagon.Application.Identity.Ports;
using Hexagon.Domain.Common;

namespace Hexagon.Application.Identity.PurgeRefreshSessions;

/// <summary>
/// Deletes sessions that ended (expired or revoked) longer than the retention ago. The retention keeps ended rows
/// around for a while so a replayed token is still recognised, and the user's session history can be read. Each
/// batch is its own statement, so no lock is held for the whole purge and logins keep flowing while it runs.
/// </summary>
public sealed class PurgeRefreshSessionsService(IRefreshSessionRepository sessions, TimeProvider timeProvider) : IPurgeRefreshSessions
{
    /// <summary>Larger batches hold their row locks for longer than a login should ever wait.</summary>
    public const int MaxBatchSize = 10_000;

    public async Task<Result<int>> PurgeAsync(PurgeRefreshSessionsCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var errors = new FieldErrors();
        if (command.RetentionDays < 0)
        {
            errors.Add("retentionDays", "보관 기간은 0일 이상이어야 해요.");
        }

        if (command.BatchSize is < 1 or > MaxBatchSize)
        {
            errors.Add("batchSize", $"한 번에 지울 개수는 1 이상 {MaxBatchSize} 이하여야 해요.");
        }

        if (errors.Any)
        {
            return errors.ToError();
        }

        var cutoff = timeProvider.GetUtcNow().AddDays(-command.RetentionDays);
        var total = 0;
        int deleted;
        do
        {
            deleted = await sessions.DeleteEndedBeforeAsync(cutoff, command.BatchSize, cancellationToken).ConfigureAwait(false);
            total += deleted;
        }
        while (deleted == command.BatchSize);

        return total;
    }
}
