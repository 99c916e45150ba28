using Hexagon.Domain.Common;

namespace Hexagon.Application.Promotions.ListMyPoints;

/// <summary>The customer's point balance and ledger, newest entry first, a keyset page at a time.</summary>
public interface IListMyPoints
{
    Task<Result<ListMyPointsResult>> ListAsync(ListMyPointsQuery query, CancellationToken cancellationToken);
}
