using Hexagon.Integration.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Hexagon.Integration.Tests;

/// <summary>Every inbound port and every job the composition root registers can be built (ValidateOnBuild covers the rest).</summary>
public sealed class CompositionRootTests
{
    [Test]
    public async Task Every_registered_inbound_port_and_job_resolves()
    {
        await TestDatabase.CreateAsync(TestServers.Database);
        await using var factory = new HexagonApiFactory();
        using var scope = factory.Services.CreateScope();
        var candidates = factory.RegisteredServices
            .Select(descriptor => descriptor.ServiceType)
            .Where(type => IsInboundPort(type) || typeof(Quartz.IJob).IsAssignableFrom(type))
            .Distinct()
            .ToList();

        Assert.That(candidates, Is.Not.Empty);
        foreach (var type in candidates)
        {
            Assert.That(scope.ServiceProvider.GetRequiredService(type), Is.Not.Null, type.FullName);
        }
    }

    // Inbound ports: interfaces of Hexagon.Application outside the driven-port (.Ports) namespaces.
    private static bool IsInboundPort(Type type) =>
        type.IsInterface
        && type.Assembly.GetName().Name == "Hexagon.Application"
        && type.Namespace?.EndsWith(".Ports", StringComparison.Ordinal) == false;
}
