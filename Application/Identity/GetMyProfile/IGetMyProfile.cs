using Hexagon.Domain.Common;

namespace Hexagon.Application.Identity.GetMyProfile;

public interface IGetMyProfile
{
    Task<Result<MyProfile>> GetAsync(long userId, CancellationToken cancellationToken);
}
