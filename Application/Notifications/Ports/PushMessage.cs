namespace Hexagon.Application.Notifications.Ports;

/// <summary>One push to one device. <paramref name="Data"/> goes to the app as string key/values (type, orderNo).</summary>
public sealed record PushMessage(string Token, string Title, string Body, IReadOnlyDictionary<string, string> Data);
