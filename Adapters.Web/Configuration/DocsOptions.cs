using System.ComponentModel.DataAnnotations;

namespace Hexagon.Adapters.Web.Configuration;

/// <summary>
/// HTTP Basic credentials of operators (section "Docs"): they guard the API docs outside Development and the
/// admin routes until the identity work brings an ADMIN role.
/// </summary>
public sealed class DocsOptions
{
    public const string Section = "Docs";

    [Required, MinLength(3)]
    public string Username { get; set; } = "";

    /// <summary>A secret: comes from the environment (Docs__Password), never from a committed file outside Development.</summary>
    [Required, MinLength(12)]
    public string Password { get; set; } = "";
}
