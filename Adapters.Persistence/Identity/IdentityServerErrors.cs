using Hexagon.Adapters.Persistence.Driver;

namespace Hexagon.Adapters.Persistence.Identity;

/// <summary>The constraint violations the identity repositories turn into answers instead of faults.</summary>
internal static class IdentityServerErrors
{
    /// <summary>ER_DUP_ENTRY: a unique key refused the row (the email of users).</summary>
    public const int DuplicateKey = 1062;

    /// <summary>ER_NO_REFERENCED_ROW_2: a foreign key names a parent row that does not exist (a deleted user).</summary>
    public const int NoReferencedRow = 1452;

    public static bool IsDuplicateKey(Exception exception) => MySqlErrors.ServerErrorNumber(exception) == DuplicateKey;

    public static bool IsMissingParent(Exception exception) => MySqlErrors.ServerErrorNumber(exception) == NoReferencedRow;
}
