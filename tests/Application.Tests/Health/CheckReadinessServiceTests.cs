using Hexagon.Application.Health.CheckReadiness;
using Hexagon.Application.Health.Ports;

namespace Hexagon.Application.Tests.Health;

public sealed class CheckReadinessServiceTests
{
    [Test]
    public async Task Ready_only_when_every_dependency_answers()
    {
        var service = new CheckReadinessService([new FixedProbe("mysql", true), new FixedProbe("redis", false)]);

        var report = await service.CheckAsync(CancellationToken.None);

        Assert.That(report.Ready, Is.False);
        Assert.That(report.Dependencies, Is.EqualTo(new[] { new DependencyStatus("mysql", true), new DependencyStatus("redis", false) }));
    }

    [Test]
    public async Task Ready_when_all_dependencies_answer()
    {
        var service = new CheckReadinessService([new FixedProbe("mysql", true), new FixedProbe("redis", true)]);

        var report = await service.CheckAsync(CancellationToken.None);

        Assert.That(report.Ready, Is.True);
    }

    private sealed class FixedProbe(string name, bool ready) : IReadinessProbe
    {
        public string Name => name;

        public Task<bool> IsReadyAsync(CancellationToken cancellationToken) => Task.FromResult(ready);
    }
}
