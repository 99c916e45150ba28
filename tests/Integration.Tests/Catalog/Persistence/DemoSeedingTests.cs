using Hexagon.Adapters.Persistence.Catalog;
using Hexagon.Adapters.Persistence.Identity;
using Hexagon.Adapters.Persistence.UnitOfWork;
using Hexagon.Application.Catalog.SeedDemo;
using Hexagon.Domain.Identity;
using Hexagon.Integration.Tests.Identity.Persistence;
using Hexagon.Integration.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;

namespace Hexagon.Integration.Tests.Catalog.Persistence;

/// <summary>`--seed-demo` end to end below the command line: the real writer, unit of work and user repository.</summary>
public sealed class DemoSeedingTests
{
    private const int Stores = 300;
    private const int Seed = 42;

    private ThrowawayDatabase _database = null!;
    private SeedDemoResult _first = null!;

    [OneTimeSetUp]
    public async Task SeedOnce()
    {
        _database = await ThrowawayDatabase.CreateMigratedAsync("catalog_seed");
        _first = await SeedAsync();
    }

    [OneTimeTearDown]
    public async Task DropDatabase() => await _database.DisposeAsync();

    [Test]
    public async Task Seeding_writes_every_generated_row()
    {
        var expected = DemoCatalogGenerator.Generate(Stores, Seed).ToList();
        var menus = expected.SelectMany(store => store.Menus).ToList();
        var groups = menus.SelectMany(menu => menu.OptionGroups).ToList();

        Assert.That(_first.AlreadySeeded, Is.False);
        Assert.That((_first.StoresCreated, _first.MenusCreated), Is.EqualTo((Stores, menus.Count)));
        Assert.That(await CountAsync("stores"), Is.EqualTo(Stores));
        Assert.That(await CountAsync("menu_categories"), Is.EqualTo(expected.Sum(store => store.Categories.Count)));
        Assert.That(await CountAsync("menus"), Is.EqualTo(menus.Count));
        Assert.That(await CountAsync("option_groups"), Is.EqualTo(groups.Count));
        Assert.That(await CountAsync("options"), Is.EqualTo(groups.Sum(group => group.Options.Count)));

        var first = expected[0];
        var row = (await _database.QueryAsync<(string Name, decimal Latitude, decimal Rating, string Tags)>(
            "SELECT name, latitude, rating, tags FROM stores WHERE id = 1")).Single();
        Assert.That(row, Is.EqualTo((first.Name, first.Latitude, first.Rating, $"[{string.Join(",", first.Tags.Select(tag => $"\"{tag}\""))}]")));
    }

    [Test]
    public async Task A_second_run_changes_nothing_and_new_rows_still_get_fresh_ids()
    {
        var again = await SeedAsync();

        Assert.That(again.AlreadySeeded, Is.True);
        Assert.That(await CountAsync("stores"), Is.EqualTo(Stores));
        Assert.That(await CountAsync("users"), Is.EqualTo(1));
        // The seeder chose the ids; the auto-increment counters moved past them, so ordinary inserts keep working.
        await _database.ExecuteAsync("INSERT INTO menu_categories (store_id, name, display_order) VALUES (1, '시즌 한정', 9)");
        Assert.That(await _database.ScalarAsync<long>("SELECT MAX(id) FROM menu_categories WHERE name = '시즌 한정'"),
            Is.GreaterThan(await _database.ScalarAsync<long>("SELECT MAX(id) FROM menu_categories WHERE name <> '시즌 한정'")));
        await _database.ExecuteAsync("DELETE FROM menu_categories WHERE name = '시즌 한정'");
    }

    [Test]
    public async Task The_demo_customer_can_be_found_by_email_has_points_and_the_printed_password()
    {
        await using var session = new DbSession(_database.ConnectionFactory());
        var customer = await new MySqlUserRepository(session).FindByEmailAsync(EmailAddress.Create(_first.DemoCustomerEmail).Value, CancellationToken.None);

        Assert.That(customer, Is.Not.Null);
        Assert.That((customer!.Email, customer.Nickname, customer.Role, customer.PointBalance), Is.EqualTo(("demo@hexagon.local", "데모고객", Role.Customer, 5_000L)));
        var verification = await new SaltedSha256PasswordHasher().VerifyAsync(_first.DemoCustomerPassword, customer.PasswordHash, CancellationToken.None);
        Assert.That(verification.Matches, Is.True);
    }

    [Test]
    public async Task A_bounding_box_query_reads_the_location_index_not_the_whole_table()
    {
        await _database.ExecuteAsync("ANALYZE TABLE stores");
        // About 1 km around City Hall: a few stores out of 300, so a range read is clearly cheaper than a scan.
        var plan = (await _database.QueryAsync<dynamic>(
            "EXPLAIN SELECT id FROM stores WHERE latitude BETWEEN @minLat AND @maxLat AND longitude BETWEEN @minLng AND @maxLng",
            new { minLat = 37.5620m, maxLat = 37.5710m, minLng = 126.9724m, maxLng = 126.9836m })).Single();
        var row = (IDictionary<string, object?>)plan;

        Assert.That(row["key"], Is.EqualTo("ix_stores_location"));
        Assert.That(row["type"], Is.Not.EqualTo("ALL"));
    }

    private async Task<SeedDemoResult> SeedAsync()
    {
        await using var session = new DbSession(_database.ConnectionFactory());
        var unitOfWork = new MySqlUnitOfWork(session, new TransientRetryPolicy(3, TimeSpan.Zero, TimeSpan.Zero), NullLogger<MySqlUnitOfWork>.Instance);
        var service = new SeedDemoService(
            new MySqlDemoDataWriter(session), new MySqlUserRepository(session), new SaltedSha256PasswordHasher(), unitOfWork, TimeProvider.System);
        return await service.SeedAsync(new SeedDemoCommand(Stores, Seed), CancellationToken.None);
    }

    private Task<long> CountAsync(string table) => _database.ScalarAsync<long>($"SELECT COUNT(*) FROM {table}");
}
