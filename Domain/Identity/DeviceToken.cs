using Hexagon.Domain.Common;

namespace Hexagon.Domain.Identity;

/// <summary>
/// A push registration token (FCM; APNs through FCM). Opaque to us: printable ASCII without spaces, which also lets
/// the column be ASCII and short enough to be the primary key. Case matters, so it is not normalised.
/// </summary>
public sealed record DeviceToken
{
    public const int MaxLength = 512;

    private DeviceToken(string value) => Value = value;

    public string Value { get; }

    public static Result<DeviceToken> Create(string? raw)
    {
        var value = raw?.Trim() ?? "";
        if (value.Length is 0 or > MaxLength || !value.All(character => character is > ' ' and <= '~'))
        {
            return IdentityErrors.DeviceTokenMalformed;
        }

        return new DeviceToken(value);
    }

    public override string ToString() => Value;
}
