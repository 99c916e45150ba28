using Hexagon.Domain.Common;

namespace Hexagon.Application.Outbox.ListDeadLetters;

/// <summary>Shows operators the dead-lettered outbox messages, newest first, a page at a time.</summary>
public interface IListDeadLetters
{
    Task<Result<ListDeadLettersResult>> ListAsync(ListDeadLettersQuery query, CancellationToken cancellationToken);
}
