namespace Hexagon.Application.Identity.LogOut;

public sealed record LogOutCommand(string RefreshToken);
