namespace Hexagon.Application.Identity.DeviceTokens;

public sealed record RemoveDeviceTokenCommand(long UserId, string Token);
