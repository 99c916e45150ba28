using Hexagon.Domain.Common;

namespace Hexagon.Application.Errors;

/// <summary>
/// 600x — store rankings. Redis is only a cache of MySQL's orders here, so its outage is a 503 of the ranking alone;
/// ordering never waits for it (the ranking is updated later through the outbox).
/// </summary>
public static partial class ErrorCatalog
{
    public static readonly Error RankingsUnavailable = new("6001", ErrorKind.Unavailable, "지금은 랭킹을 불러올 수 없어요. 잠시 후 다시 시도해 주세요.");
}
