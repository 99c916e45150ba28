namespace Hexagon.Adapters.Web.Accounts;

// Fields are nullable so a missing one reaches the use case's validation and comes back as 1111 with a field error.
public sealed record SignUpRequest(string? Email, string? Password, string? Nickname, string? DeviceId);
