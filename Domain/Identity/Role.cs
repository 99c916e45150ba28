namespace Hexagon.Domain.Identity;

/// <summary>
/// What an account may do. Every sign-up is a CUSTOMER; ADMIN is only granted from the operator command line. The
/// names are what access tokens and the profile carry, and what the users.role column stores.
/// </summary>
public sealed class Role
{
    public static readonly Role Customer = new("CUSTOMER");

    public static readonly Role Admin = new("ADMIN");

    private Role(string name) => Name = name;

    public string Name { get; }

    /// <summary>The role stored under <paramref name="name"/>; an unknown name is corrupt data, not user input, so it throws.</summary>
    public static Role FromName(string name) => name switch
    {
        "CUSTOMER" => Customer,
        "ADMIN" => Admin,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Not a role this version knows."),
    };

    public override string ToString() => Name;
}
