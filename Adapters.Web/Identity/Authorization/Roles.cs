namespace Hexagon.Adapters.Web.Identity.Authorization;

/// <summary>The values of the access token's <c>role</c> claim, as the identity use cases store them.</summary>
public static class Roles
{
    public const string Customer = "CUSTOMER";
    public const string Admin = "ADMIN";
}
