using Hexagon.Application.Errors;
using Hexagon.Application.Identity.PurgeRefreshSessions;
using Hexagon.Application.Identity.Sessions;
using Hexagon.Application.Tests.Identity.Fakes;
using Hexagon.Application.Tests.Jobs;
using Hexagon.Domain.Identity;

namespace Hexagon.Application.Tests.Identity;

public sealed class PurgeRefreshSessionsServiceTests
{
    private static readonly DateTimeOffset Now = IdentityHarness.Start;

    private InMemoryRefreshSessionRepository _sessions = null!;
    private PurgeRefreshSessionsService _service = null!;

    [SetUp]
    public void CreateService()
    {
        _sessions = new InMemoryRefreshSessionRepository();
        _service = new PurgeRefreshSessionsService(_sessions, new ManualTimeProvider(Now));
    }

    private long Add(DateTimeOffset expiresAt, DateTimeOffset? revokedAt = null)
    {
        var createdAt = expiresAt.AddDays(-14);
        return _sessions.Add(RefreshSession.Restore(
            1_000 + _sessions.Sessions.Count, 1, RefreshTokenFactory.NewFamilyId(), RefreshTokenFactory.Create().Hash, null, null,
            createdAt, expiresAt, null, revokedAt, null));
    }

    [Test]
    public async Task Deletes_sessions_that_ended_more_than_the_retention_ago_and_keeps_the_rest()
    {
        Add(expiresAt: Now.AddDays(-7).AddSeconds(-1));
        Add(expiresAt: Now.AddDays(10), revokedAt: Now.AddDays(-7).AddSeconds(-1));
        var expiredOnTheCutoff = Add(expiresAt: Now.AddDays(-7));
        var revokedRecently = Add(expiresAt: Now.AddDays(10), revokedAt: Now.AddDays(-1));
        var expiredRecently = Add(expiresAt: Now.AddHours(-1));
        var live = Add(expiresAt: Now.AddDays(13));

        var result = await _service.PurgeAsync(new PurgeRefreshSessionsCommand(RetentionDays: 7), CancellationToken.None);

        Assert.That(result.Value, Is.EqualTo(2));
        Assert.That(_sessions.Sessions.Select(session => session.Id), Is.EquivalentTo(new[] { expiredOnTheCutoff, revokedRecently, expiredRecently, live }));
    }

    [Test]
    public async Task Deletes_in_batches_until_a_batch_comes_back_short()
    {
        for (var i = 0; i < 5; i++)
        {
            Add(expiresAt: Now.AddDays(-30));
        }

        var result = await _service.PurgeAsync(new PurgeRefreshSessionsCommand(RetentionDays: 7, BatchSize: 2), CancellationToken.None);

        Assert.That(result.Value, Is.EqualTo(5));
        Assert.That(_sessions.DeleteBatchLimits, Is.EqualTo(new[] { 2, 2, 2 }));
        Assert.That(_sessions.Sessions, Is.Empty);
    }

    [Test]
    public async Task An_exact_multiple_of_the_batch_needs_one_more_empty_batch_to_know_it_is_done()
    {
        for (var i = 0; i < 4; i++)
        {
            Add(expiresAt: Now.AddDays(-30));
        }

        var result = await _service.PurgeAsync(new PurgeRefreshSessionsCommand(RetentionDays: 7, BatchSize: 2), CancellationToken.None);

        Assert.That(result.Value, Is.EqualTo(4));
        Assert.That(_sessions.DeleteBatchLimits, Has.Count.EqualTo(3));
    }

    [Test]
    public async Task Refuses_a_negative_retention_and_a_batch_out_of_range_together()
    {
        Add(expiresAt: Now.AddDays(-30));

        var result = await _service.PurgeAsync(new PurgeRefreshSessionsCommand(RetentionDays: -1, BatchSize: 0), CancellationToken.None);

        Assert.That(result.Error!.Code, Is.EqualTo(ErrorCatalog.ValidationFailed.Code));
        Assert.That(result.Error.FieldErrors!.Keys, Is.EquivalentTo(new[] { "retentionDays", "batchSize" }));
        Assert.That(_sessions.Sessions, Has.Count.EqualTo(1));
    }
}
