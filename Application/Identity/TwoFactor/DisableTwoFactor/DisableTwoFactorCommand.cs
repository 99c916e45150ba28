namespace Hexagon.Application.Identity.TwoFactor.DisableTwoFactor;

public sealed record DisableTwoFactorCommand(long UserId, string? Code);
