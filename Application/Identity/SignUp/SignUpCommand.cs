namespace Hexagon.Application.Identity.SignUp;

/// <param name="DeviceId">The app's device id, kept with the session (optional).</param>
/// <param name="UserAgent">The caller's user agent, kept with the session for the user's session list.</param>
public sealed record SignUpCommand(string Email, string Password, string Nickname, string? DeviceId, string? UserAgent);
