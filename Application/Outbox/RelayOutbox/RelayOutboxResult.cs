namespace Hexagon.Application.Outbox.RelayOutbox;

/// <summary>
/// What one relay run did. <paramref name="Released"/>: claimed but handed back unstarted (the lease was running
/// short, or the relay was stopping). <paramref name="LeasesLost"/>: handled, but another relay had claimed the
/// message again by the time the outcome was recorded (the handler outlived the lease), so the outcome was dropped.
/// </summary>
public sealed record RelayOutboxResult(int Claimed, int Done, int Retried, int DeadLettered, int Released, int LeasesLost)
{
    public static readonly RelayOutboxResult None = new(0, 0, 0, 0, 0, 0);

    public RelayOutboxResult Add(RelayOutboxResult other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new RelayOutboxResult(
            Claimed + other.Claimed,
            Done + other.Done,
            Retried + other.Retried,
            DeadLettered + other.DeadLettered,
            Released + other.Released,
            LeasesLost + other.LeasesLost);
    }
}
