using Hexagon.Domain.Common;

namespace Hexagon.Application.Identity.LogOutEverywhere;

/// <summary>Ends every session of the user (all refresh token families).</summary>
public interface ILogOutEverywhere
{
    Task<Result> LogOutEverywhereAsync(long userId, CancellationToken cancellationToken);
}
