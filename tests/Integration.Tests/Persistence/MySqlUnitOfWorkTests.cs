using Hexagon.Integration.Tests.Infrastructure;
using Dapper;
using Hexagon.Adapters.Persistence.UnitOfWork;
using Hexagon.Application.Errors;
using Hexagon.Domain.Common;
using Microsoft.Extensions.Logging.Abstractions;

namespace Hexagon.Integration.Tests.Persistence;

public sealed class MySqlUnitOfWorkTests
{
    private ThrowawayDatabase _database = null!;
    private DbSession _session = null!;
    private MySqlUnitOfWork _unitOfWork = null!;

    [SetUp]
    public async Task CreateDatabase()
    {
        _database = await ThrowawayDatabase.CreateAsync();
        await _database.ExecuteAsync("CREATE TABLE notes (id INT NOT NULL PRIMARY KEY, body VARCHAR(100) NOT NULL) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
        _session = new DbSession(_database.ConnectionFactory());
        _unitOfWork = new MySqlUnitOfWork(_session, new TransientRetryPolicy(3, TimeSpan.Zero, TimeSpan.Zero), NullLogger<MySqlUnitOfWork>.Instance);
    }

    [TearDown]
    public async Task DropDatabase()
    {
        await _session.DisposeAsync();
        await _database.DisposeAsync();
    }

    private async Task InsertAsync(int id, string body, CancellationToken cancellationToken)
    {
        var connection = await _session.GetConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(_session.Command("INSERT INTO notes (id, body) VALUES (@id, @body)", new { id, body }, cancellationToken));
    }

    private Task<List<int>> StoredIdsAsync() => _database.QueryAsync<int>("SELECT id FROM notes ORDER BY id");

    [Test]
    public async Task Commits_what_the_work_wrote()
    {
        var value = await _unitOfWork.ExecuteAsync(async ct =>
        {
            await InsertAsync(1, "one", ct);
            await InsertAsync(2, "two", ct);
            return 42;
        }, CancellationToken.None);

        Assert.That(value, Is.EqualTo(42));
        Assert.That(await StoredIdsAsync(), Is.EqualTo(new[] { 1, 2 }));
    }

    [Test]
    public async Task A_failed_result_rolls_back_and_comes_back_as_it_is()
    {
        var result = await _unitOfWork.ExecuteAsync<int>(async ct =>
        {
            await InsertAsync(1, "reserved stock", ct);
            return ErrorCatalog.OutOfStock;
        }, CancellationToken.None);

        Assert.That(result.Error, Is.EqualTo(ErrorCatalog.OutOfStock));
        Assert.That(await StoredIdsAsync(), Is.Empty);
    }

    [Test]
    public async Task A_failed_plain_result_through_the_generic_overload_rolls_back_too()
    {
        var result = await _unitOfWork.ExecuteAsync(async ct =>
        {
            await InsertAsync(1, "reserved stock", ct);
            return Result.Fail(ErrorCatalog.OutOfStock);
        }, CancellationToken.None);

        Assert.That(result.IsSuccess, Is.False);
        Assert.That(await StoredIdsAsync(), Is.Empty);
    }

    [Test]
    public async Task An_exception_rolls_back_and_propagates()
    {
        Assert.ThrowsAsync<InvalidOperationException>(() => _unitOfWork.ExecuteAsync<int>(async ct =>
        {
            await InsertAsync(1, "half done", ct);
            throw new InvalidOperationException("bug");
        }, CancellationToken.None));

        Assert.That(await StoredIdsAsync(), Is.Empty);
        Assert.That(_session.InTransaction, Is.False);
    }

    [Test]
    public async Task Runs_at_read_committed()
    {
        var level = await _unitOfWork.ExecuteAsync(async ct =>
        {
            await InsertAsync(1, "starts the InnoDB transaction", ct);
            var connection = await _session.GetConnectionAsync(ct);
            return await connection.ExecuteScalarAsync<string>(_session.Command(
                "SELECT trx_isolation_level FROM information_schema.INNODB_TRX WHERE trx_mysql_thread_id = CONNECTION_ID()", null, ct));
        }, CancellationToken.None);

        Assert.That(level, Is.EqualTo("READ COMMITTED"));
    }

    [Test]
    public async Task A_nested_call_joins_the_outer_transaction_and_commits_nothing_itself()
    {
        long outerConnection = 0, innerConnection = 0;
        Assert.ThrowsAsync<InvalidOperationException>(() => _unitOfWork.ExecuteAsync<int>(async ct =>
        {
            await InsertAsync(1, "outer", ct);
            outerConnection = await ConnectionIdAsync(ct);
            await _unitOfWork.ExecuteAsync(async innerCt =>
            {
                await InsertAsync(2, "inner", innerCt);
                innerConnection = await ConnectionIdAsync(innerCt);
                return 0;
            }, ct);
            throw new InvalidOperationException("the outer work fails after the inner one returned");
        }, CancellationToken.None));

        Assert.That(innerConnection, Is.EqualTo(outerConnection).And.Not.Zero);
        Assert.That(await StoredIdsAsync(), Is.Empty, "the inner call must not have committed on its own");
    }

    [Test]
    public async Task Outside_a_unit_of_work_statements_autocommit_on_the_scope_connection()
    {
        await InsertAsync(1, "autocommit", CancellationToken.None);
        var first = await ConnectionIdAsync(CancellationToken.None);
        var second = await ConnectionIdAsync(CancellationToken.None);

        Assert.That(await StoredIdsAsync(), Is.EqualTo(new[] { 1 }));
        Assert.That(second, Is.EqualTo(first));
    }

    private async Task<long> ConnectionIdAsync(CancellationToken cancellationToken)
    {
        var connection = await _session.GetConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(_session.Command("SELECT CONNECTION_ID()", null, cancellationToken));
    }
}
