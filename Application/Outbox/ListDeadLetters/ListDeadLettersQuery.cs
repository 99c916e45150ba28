namespace Hexagon.Application.Outbox.ListDeadLetters;

/// <summary>
/// A page of dead letters, keyset-paged by id (newest first): pass the previous page's
/// <see cref="ListDeadLettersResult.NextCursor"/> as <paramref name="Cursor"/>; null starts at the newest.
/// </summary>
public sealed record ListDeadLettersQuery(long? Cursor = null, int Take = ListDeadLettersQuery.DefaultTake)
{
    public const int DefaultTake = 20;

    public const int MaxTake = 100;
}
