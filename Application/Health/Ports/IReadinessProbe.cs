namespace Hexagon.Application.Health.Ports;

/// <summary>One dependency the service needs before it can take traffic (the database, the cache).</summary>
public interface IReadinessProbe
{
    /// <summary>A short, secret-free name shown by /health/ready, e.g. "mysql".</summary>
    string Name { get; }

    /// <summary>True when the dependency answers; never throws for an unreachable dependency.</summary>
    Task<bool> IsReadyAsync(CancellationToken cancellationToken);
}
