namespace Hexagon.Adapters.Web.Accounts;

/// <summary>Body of PUT and DELETE /me/device-token (platform only for PUT: "android" or "ios").</summary>
public sealed record DeviceTokenRequest(string? Token, string? Platform);
