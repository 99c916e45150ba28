namespace Hexagon.Application.Identity.TwoFactor.EnableTwoFactor;

public sealed record EnableTwoFactorCommand(long UserId, string? Code);
