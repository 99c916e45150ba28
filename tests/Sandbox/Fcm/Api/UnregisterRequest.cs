namespace Hexagon.Sandbox.Fcm.Api;

/// <summary>Body of <c>POST /sandbox/v1/fcm/unregistered</c>: the device token FCM should now call UNREGISTERED.</summary>
internal sealed record UnregisterRequest(string? Token);
