namespace Hexagon.Application.Rankings.Ports;

/// <summary>
/// The ranking store (Redis) cannot be reached or did not answer in time. Thrown by <see cref="IRankingBoard"/>
/// adapters instead of their driver's exceptions, so use cases can answer it as a value (503, outbox retry) without
/// knowing the technology.
/// </summary>
public sealed class RankingBoardUnavailableException : Exception
{
    public RankingBoardUnavailableException()
    {
    }

    public RankingBoardUnavailableException(string message)
        : base(message)
    {
    }

    public RankingBoardUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
