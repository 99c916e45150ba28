namespace Hexagon.Application.Health.CheckReadiness;

/// <summary>Tells whether every dependency the service needs answers right now.</summary>
public interface ICheckReadiness
{
    Task<ReadinessReport> CheckAsync(CancellationToken cancellationToken);
}
