namespace Hexagon.Domain.Notifications;

/// <summary>What the customer reads: the same title and body in the app's list and in the push.</summary>
public sealed record NotificationContent(string Type, string Title, string Body)
{
    public const int MaxTitleLength = 100;
    public const int MaxBodyLength = 500;
}
