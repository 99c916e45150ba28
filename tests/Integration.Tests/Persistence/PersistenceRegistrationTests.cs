using Dapper;
using Hexagon.Adapters.Persistence.UnitOfWork;
using Hexagon.Application.Common.Ports;
using Hexagon.Application.Health.Ports;
using Hexagon.Bootstrap.Composition;
using Hexagon.Integration.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hexagon.Integration.Tests.Persistence;

/// <summary>The persistence part of the composition root, built the way Program.cs builds it.</summary>
public sealed class PersistenceRegistrationTests
{
    private ThrowawayDatabase _database = null!;

    [SetUp]
    public async Task CreateDatabase() => _database = await ThrowawayDatabase.CreateAsync();

    [TearDown]
    public async Task DropDatabase() => await _database.DisposeAsync();

    private static ServiceProvider Build(string? connectionString)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:ConnectionString"] = connectionString,
            ["Redis:Configuration"] = TestServers.Redis,
        }).Build();
        return new ServiceCollection()
            .AddLogging()
            .AddHexagonPersistence(configuration)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    [Test]
    public async Task Migrates_then_reports_both_dependencies_ready()
    {
        await using var provider = Build(_database.ConnectionString);

        await provider.MigrateDatabaseAsync(CancellationToken.None);
        var probes = provider.GetRequiredService<IEnumerable<IReadinessProbe>>().ToList();
        var readiness = await Task.WhenAll(probes.Select(async probe => (probe.Name, Ready: await probe.IsReadyAsync(CancellationToken.None))));

        Assert.That(readiness, Is.EquivalentTo(new[] { ("mysql", true), ("redis", true) }));
    }

    [Test]
    public async Task A_scope_shares_one_session_between_its_unit_of_work_and_its_repositories()
    {
        await using var provider = Build(_database.ConnectionString);
        await _database.ExecuteAsync("CREATE TABLE notes (id INT NOT NULL PRIMARY KEY) ENGINE=InnoDB");

        await using (var scope = provider.CreateAsyncScope())
        {
            var session = scope.ServiceProvider.GetRequiredService<DbSession>();
            Assert.That(scope.ServiceProvider.GetRequiredService<DbSession>(), Is.SameAs(session));
            var sawTransaction = await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().ExecuteAsync(async ct =>
            {
                var connection = await session.GetConnectionAsync(ct);
                await connection.ExecuteAsync(session.Command("INSERT INTO notes (id) VALUES (1)", null, ct));
                return session.InTransaction;
            }, CancellationToken.None);
            Assert.That(sawTransaction, Is.True, "the unit of work must run on the scope's session");
        }

        await using var otherScope = provider.CreateAsyncScope();
        Assert.That(otherScope.ServiceProvider.GetRequiredService<DbSession>().InTransaction, Is.False);
        Assert.That(await _database.ScalarAsync<long>("SELECT COUNT(*) FROM notes"), Is.EqualTo(1));
    }

    [TestCase(null)]
    [TestCase("")]
    public async Task A_missing_connection_string_stops_the_start_naming_the_key(string? connectionString)
    {
        await using var provider = Build(connectionString);

        var exception = Assert.ThrowsAsync<OptionsValidationException>(() => provider.MigrateDatabaseAsync(CancellationToken.None));

        Assert.That(exception!.Message, Does.Contain("ConnectionString"));
    }
}
