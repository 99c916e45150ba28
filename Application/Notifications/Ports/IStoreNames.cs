namespace Hexagon.Application.Notifications.Ports;

/// <summary>Store names for notification texts.</summary>
public interface IStoreNames
{
    /// <summary>The store's name, or null when there is no such store.</summary>
    Task<string?> FindNameAsync(long storeId, CancellationToken cancellationToken);
}
