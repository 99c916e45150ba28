using System.Text;
using Hexagon.Domain.Common;

namespace Hexagon.Domain.Identity;

/// <summary>The name other people and the staff see on orders. Trimmed; counted in characters as people count them.</summary>
public sealed record Nickname
{
    public const int MinLength = 2;

    public const int MaxLength = 20;

    private Nickname(string value) => Value = value;

    public string Value { get; }

    public static Result<Nickname> Create(string? raw)
    {
        var value = raw?.Trim() ?? "";

        // Code points, not UTF-16 units: an emoji is one character to the user, and VARCHAR(20) counts the same way.
        var length = value.EnumerateRunes().Count();
        if (length is < MinLength or > MaxLength)
        {
            return IdentityErrors.NicknameLength;
        }

        // A line break or a NUL in a name breaks the receipt printer and the order screen.
        return value.EnumerateRunes().Any(Rune.IsControl) ? IdentityErrors.NicknameControlCharacters : new Nickname(value);
    }

    public override string ToString() => Value;
}
