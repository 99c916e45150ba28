namespace Hexagon.Application.Identity.DeviceTokens;

/// <param name="Platform">"android" or "ios".</param>
public sealed record RegisterDeviceTokenCommand(long UserId, string Token, string Platform);
