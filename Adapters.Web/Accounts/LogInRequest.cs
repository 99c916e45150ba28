namespace Hexagon.Adapters.Web.Accounts;

// Fields are nullable so a missing one reaches the use case's validation and comes back as a clear error.
public sealed record LogInRequest(string? Email, string? Password, string? DeviceId, string? OtpCode);
