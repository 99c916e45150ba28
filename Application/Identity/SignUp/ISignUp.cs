using Hexagon.Domain.Common;

namespace Hexagon.Application.Identity.SignUp;

/// <summary>Creates a CUSTOMER account and its first session.</summary>
public interface ISignUp
{
    Task<Result<AuthTokens>> SignUpAsync(SignUpCommand command, CancellationToken cancellationToken);
}
