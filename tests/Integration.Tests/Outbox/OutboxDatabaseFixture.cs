using Hexagon.Integration.Tests.Infrastructure;

namespace Hexagon.Integration.Tests.Outbox;

/// <summary>
/// A migrated database per fixture, an empty outbox and a fresh clock per test, and the raw reads the relay tests
/// check against (never through the adapter under test).
/// </summary>
public abstract class OutboxDatabaseFixture
{
    protected static readonly DateTimeOffset Now = new(2026, 11, 22, 3, 0, 0, TimeSpan.Zero);

    private protected ThrowawayDatabase Database { get; private set; } = null!;

    private protected OutboxClock Clock { get; private set; } = null!;

    [OneTimeSetUp]
    public async Task CreateDatabase() => Database = await ThrowawayDatabase.CreateMigratedAsync("outbox");

    [OneTimeTearDown]
    public async Task DropDatabase()
    {
        if (Database is not null)
        {
            await Database.DisposeAsync();
        }
    }

    [SetUp]
    public async Task EmptyOutbox()
    {
        await Database.ExecuteAsync("DELETE FROM outbox_messages");
        Clock = new OutboxClock(Now);
    }

    private protected async Task<OutboxRow> SingleRowAsync() => (await Database.QueryAsync<OutboxRow>(OutboxRow.Select)).Single();
}
