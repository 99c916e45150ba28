namespace Hexagon.Application.Identity.CreateAdmin;

public sealed record CreateAdminCommand(string Email);
