using Hexagon.Domain.Common;

namespace Hexagon.Domain.Identity;

/// <summary>
/// A normalised email address: trimmed and lower-cased, so one mailbox is one account whatever the user typed.
/// The check is deliberately sane rather than RFC-complete: the mailbox is proved by use, not by parsing.
/// </summary>
public sealed record EmailAddress
{
    /// <summary>The longest address SMTP can deliver to (RFC 5321 path limit minus the angle brackets).</summary>
    public const int MaxLength = 254;

    public const int MaxLocalPartLength = 64;

    private EmailAddress(string value) => Value = value;

    public string Value { get; }

    public static Result<EmailAddress> Create(string? raw)
    {
        var value = raw?.Trim().ToLowerInvariant() ?? "";
        if (value.Length == 0)
        {
            return IdentityErrors.EmailMissing;
        }

        if (value.Length > MaxLength)
        {
            return IdentityErrors.EmailTooLong;
        }

        return IsWellFormed(value) ? new EmailAddress(value) : IdentityErrors.EmailMalformed;
    }

    public override string ToString() => Value;

    private static bool IsWellFormed(string value)
    {
        var at = value.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at > MaxLocalPartLength || value.IndexOf('@', at + 1) >= 0)
        {
            return false;
        }

        if (value.Any(character => char.IsWhiteSpace(character) || char.IsControl(character)))
        {
            return false;
        }

        // The domain needs at least two labels and no empty one: "a@b", "a@.b", "a@b." and "a@b..c" are typos.
        var labels = value[(at + 1)..].Split('.');
        return labels.Length >= 2 && labels.All(label => label.Length > 0);
    }
}
