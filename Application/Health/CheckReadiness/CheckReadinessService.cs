using Hexagon.Application.Health.Ports;

namespace Hexagon.Application.Health.CheckReadiness;

public sealed class CheckReadinessService(IReadOnlyList<IReadinessProbe> probes) : ICheckReadiness
{
    public async Task<ReadinessReport> CheckAsync(CancellationToken cancellationToken)
    {
        // Probes run together so one slow dependency does not add to another's time.
        var results = await Task.WhenAll(probes.Select(async probe =>
            new DependencyStatus(probe.Name, await probe.IsReadyAsync(cancellationToken).ConfigureAwait(false)))).ConfigureAwait(false);
        return new ReadinessReport(results.All(result => result.Ready), results);
    }
}
