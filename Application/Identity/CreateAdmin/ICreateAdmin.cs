using Hexagon.Domain.Common;

namespace Hexagon.Application.Identity.CreateAdmin;

/// <summary>
/// Makes an ADMIN (only reachable from `Bootstrap --create-admin email`, never over HTTP): promotes an existing
/// account, or creates one with a generated password that is shown once.
/// </summary>
public interface ICreateAdmin
{
    Task<Result<CreateAdminResult>> CreateAsync(CreateAdminCommand command, CancellationToken cancellationToken);
}
