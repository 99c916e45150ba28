using Hexagon.Application.Identity.Ports;

namespace Hexagon.Application.Tests.Identity.Fakes;

/// <summary>The totp_* columns per user, with the same conditional writes the MySQL adapter makes.</summary>
internal sealed class InMemoryTwoFactorRepository(InMemoryUserRepository users) : ITwoFactorRepository
{
    private readonly Dictionary<long, Row> _rows = [];

    public long? LastStepOf(long userId) => Get(userId).LastStep;

    public Task<TwoFactorSecrets?> FindAsync(long userId, CancellationToken cancellationToken)
    {
        if (users.Users.All(user => user.Id != userId))
        {
            return Task.FromResult<TwoFactorSecrets?>(null);
        }

        var row = Get(userId);
        return Task.FromResult<TwoFactorSecrets?>(new TwoFactorSecrets(row.Secret, row.PendingSecret, row.EnabledAt));
    }

    public Task SetPendingSecretAsync(long userId, byte[] protectedSecret, DateTimeOffset now, CancellationToken cancellationToken)
    {
        Get(userId).PendingSecret = protectedSecret;
        return Task.CompletedTask;
    }

    public Task<bool> TryEnableAsync(long userId, byte[] expectedPending, long step, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var row = Get(userId);
        if (row.Secret is not null || row.PendingSecret is null || !row.PendingSecret.SequenceEqual(expectedPending) || !Unused(row, step))
        {
            return Task.FromResult(false);
        }

        (row.Secret, row.PendingSecret, row.EnabledAt, row.LastStep) = (row.PendingSecret, null, now, step);
        return Task.FromResult(true);
    }

    public Task<bool> TryDisableAsync(long userId, long step, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var row = Get(userId);
        if (row.Secret is null || !Unused(row, step))
        {
            return Task.FromResult(false);
        }

        (row.Secret, row.PendingSecret, row.EnabledAt, row.LastStep) = (null, null, null, step);
        return Task.FromResult(true);
    }

    public Task<bool> TryUseStepAsync(long userId, long step, CancellationToken cancellationToken)
    {
        var row = Get(userId);
        if (!Unused(row, step))
        {
            return Task.FromResult(false);
        }

        row.LastStep = step;
        return Task.FromResult(true);
    }

    private static bool Unused(Row row, long step) => row.LastStep is null || row.LastStep < step;

    private Row Get(long userId) => _rows.TryGetValue(userId, out var row) ? row : _rows[userId] = new Row();

    private sealed class Row
    {
        public byte[]? Secret { get; set; }

        public byte[]? PendingSecret { get; set; }

        public DateTimeOffset? EnabledAt { get; set; }

        public long? LastStep { get; set; }
    }
}
