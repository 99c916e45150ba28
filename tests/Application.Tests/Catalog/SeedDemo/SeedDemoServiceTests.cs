using Hexagon.Application.Catalog.SeedDemo;
using Hexagon.Application.Tests.Identity.Fakes;
using Hexagon.Domain.Identity;

namespace Hexagon.Application.Tests.Catalog.SeedDemo;

public sealed class SeedDemoServiceTests
{
    private InMemoryUserRepository _users = null!;
    private InMemoryUnitOfWork _unitOfWork = null!;
    private FakePasswordHasher _hasher = null!;
    private InMemoryDemoDataWriter _writer = null!;
    private SeedDemoService _service = null!;

    [SetUp]
    public void SetUp()
    {
        _users = new InMemoryUserRepository();
        _unitOfWork = new InMemoryUnitOfWork(_users);
        _hasher = new FakePasswordHasher(() => _unitOfWork.InTransaction);
        _writer = new InMemoryDemoDataWriter(() => _unitOfWork.InTransaction);
        _service = new SeedDemoService(_writer, _users, _hasher, _unitOfWork, TimeProvider.System);
    }

    [Test]
    public async Task An_empty_catalog_gets_the_stores_in_bounded_transactions_and_the_demo_customer()
    {
        var result = await _service.SeedAsync(new SeedDemoCommand(Stores: 600, Seed: 7), CancellationToken.None);

        Assert.That(result.AlreadySeeded, Is.False);
        Assert.That(result.StoresCreated, Is.EqualTo(600));
        Assert.That(result.MenusCreated, Is.EqualTo(_writer.Stores.Sum(store => store.Menus.Count)));
        Assert.That(_writer.Batches, Is.EqualTo(new[] { (250, true), (250, true), (100, true) }));
        var customer = _users.Single(SeedDemoService.DemoCustomerEmail);
        Assert.That(customer.Role, Is.EqualTo(Role.Customer));
        Assert.That(customer.Nickname, Is.EqualTo("데모고객"));
        Assert.That(customer.PasswordHash, Does.Not.Contain(SeedDemoService.DemoCustomerPassword));
        Assert.That((await _hasher.VerifyAsync(result.DemoCustomerPassword, customer.PasswordHash, CancellationToken.None)).Matches, Is.True);
        Assert.That(_hasher.CallsInsideTransaction, Is.Zero, "hashing is slow and never holds a transaction open");
        Assert.That(_writer.PointBalances, Is.EqualTo(new Dictionary<long, long> { [customer.Id] = 5_000 }));
    }

    [Test]
    public async Task A_catalog_with_stores_is_left_alone()
    {
        await _service.SeedAsync(new SeedDemoCommand(Stores: 10), CancellationToken.None);
        var batches = _writer.Batches.Count;

        var again = await _service.SeedAsync(new SeedDemoCommand(Stores: 10), CancellationToken.None);

        Assert.That(again, Is.EqualTo(new SeedDemoResult(0, 0, "demo@hexagon.local", "demo-password-1234", AlreadySeeded: true)));
        Assert.That(_writer.Batches, Has.Count.EqualTo(batches));
        Assert.That(_users.Users, Has.Count.EqualTo(1));
        Assert.That(_hasher.Hashes, Is.EqualTo(1));
    }

    [Test]
    public async Task An_existing_demo_customer_is_kept_and_given_the_points()
    {
        var hash = await _hasher.HashAsync("their own password", CancellationToken.None);
        var id = await _users.TryAddAsync(
            User.Register(EmailAddress.Create("demo@hexagon.local").Value, hash, Nickname.Create("민지").Value, Role.Customer, DateTimeOffset.UtcNow),
            CancellationToken.None);

        await _service.SeedAsync(new SeedDemoCommand(Stores: 3), CancellationToken.None);

        Assert.That(_users.Users, Has.Count.EqualTo(1));
        Assert.That(_users.Single("demo@hexagon.local").PasswordHash, Is.EqualTo(hash));
        Assert.That(_writer.PointBalances[id!.Value], Is.EqualTo(5_000));
    }
}
