using Hexagon.Domain.Common;

namespace Hexagon.Application.Identity.PurgeRefreshSessions;

/// <summary>Deletes refresh sessions expired or revoked more than the retention ago, in batches.</summary>
public interface IPurgeRefreshSessions
{
    Task<Result<int>> PurgeAsync(PurgeRefreshSessionsCommand command, CancellationToken cancellationToken);
}
