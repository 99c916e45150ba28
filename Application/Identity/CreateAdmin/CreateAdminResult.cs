namespace Hexagon.Application.Identity.CreateAdmin;

/// <param name="GeneratedPassword">Set only when a new account was created; shown once to the operator, never stored.</param>
public sealed record CreateAdminResult(long UserId, bool Created, string? GeneratedPassword);
