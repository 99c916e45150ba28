namespace Hexagon.Adapters.Web.Security;

/// <summary>Names of the operator (HTTP Basic) authentication scheme and authorization policy.</summary>
public static class OperatorAuthentication
{
    public const string Scheme = "OperatorBasic";

    /// <summary>Policy for operator-only routes: the API docs outside Development and /admin routes.</summary>
    public const string Policy = "Operator";
}
