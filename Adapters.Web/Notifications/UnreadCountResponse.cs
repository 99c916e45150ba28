namespace Hexagon.Adapters.Web.Notifications;

public sealed record UnreadCountResponse(int Count);
