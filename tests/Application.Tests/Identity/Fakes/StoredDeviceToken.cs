namespace Hexagon.Application.Tests.Identity.Fakes;

internal sealed record StoredDeviceToken(long UserId, string Platform, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);
