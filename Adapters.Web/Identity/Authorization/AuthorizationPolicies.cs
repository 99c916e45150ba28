using Hexagon.Adapters.Web.Identity.Bearer;
using Microsoft.AspNetCore.Authorization;

namespace Hexagon.Adapters.Web.Identity.Authorization;

/// <summary>Policies of the bearer-protected API. Each names its scheme, so it holds whatever the default scheme is.</summary>
public static class AuthorizationPolicies
{
    /// <summary>Any signed-in user: customers, and admins (who can do what customers can).</summary>
    public const string Customer = "Customer";

    public const string Admin = "Admin";

    public static AuthorizationBuilder AddHexagonPolicies(this AuthorizationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder
            .AddPolicy(Customer, policy => policy
                .AddAuthenticationSchemes(BearerAuthentication.Scheme)
                .RequireAuthenticatedUser()
                .RequireRole(Roles.Customer, Roles.Admin))
            .AddPolicy(Admin, policy => policy
                .AddAuthenticationSchemes(BearerAuthentication.Scheme)
                .RequireAuthenticatedUser()
                .RequireRole(Roles.Admin));
    }
}
