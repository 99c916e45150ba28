using Hexagon.Domain.Common;

namespace Hexagon.Domain.Identity;

/// <summary>Where a push token lives; the notification adapter shapes the message per platform.</summary>
public sealed class DevicePlatform
{
    public static readonly DevicePlatform Android = new("android");

    public static readonly DevicePlatform Ios = new("ios");

    private DevicePlatform(string name) => Name = name;

    /// <summary>"android" or "ios": what the app sends and the column stores.</summary>
    public string Name { get; }

    /// <summary>Exactly "android" or "ios": the app sends one of two constants, so anything else is a bug worth seeing.</summary>
    public static Result<DevicePlatform> Create(string? name) => name switch
    {
        "android" => Android,
        "ios" => Ios,
        _ => IdentityErrors.DevicePlatformUnknown,
    };

    /// <summary>The platform stored under <paramref name="name"/>; anything else is corrupt data and throws.</summary>
    public static DevicePlatform FromName(string name) =>
        Create(name) is { IsSuccess: true } result ? result.Value : throw new ArgumentOutOfRangeException(nameof(name), name, "Not a platform this version knows.");

    public override string ToString() => Name;
}
