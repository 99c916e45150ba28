namespace Hexagon.Application.Identity.LogIn;

public sealed record LogInCommand(string Email, string Password, string? DeviceId, string? OtpCode, string? UserAgent);
