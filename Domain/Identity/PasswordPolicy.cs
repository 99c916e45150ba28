using Hexagon.Domain.Common;

namespace Hexagon.Domain.Identity;

/// <summary>What a new password must be. Checked when one is chosen, never at login (old passwords stay valid).</summary>
public static class PasswordPolicy
{
    public const int MinLength = 8;

    /// <summary>An upper bound keeps one request from making the slow hash slower still.</summary>
    public const int MaxLength = 128;

    /// <param name="email">The address the account uses, as typed or normalised: compared without case.</param>
    public static Result Check(string? password, string? email)
    {
        if (password is null || password.Length is < MinLength or > MaxLength)
        {
            return IdentityErrors.PasswordLength;
        }

        // The first thing a guesser tries.
        var trimmedEmail = email?.Trim();
        if (!string.IsNullOrEmpty(trimmedEmail) && string.Equals(password, trimmedEmail, StringComparison.OrdinalIgnoreCase))
        {
            return IdentityErrors.PasswordSameAsEmail;
        }

        return Result.Ok();
    }
}
