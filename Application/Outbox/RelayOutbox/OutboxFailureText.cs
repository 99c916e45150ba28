namespace Hexagon.Application.Outbox.RelayOutbox;

/// <summary>
/// The last_error of a message, as operators read it. An exception is described by its type and message only: no
/// stack trace, no inner exceptions (a driver's inner message may quote a connection string or a request).
/// </summary>
public static class OutboxFailureText
{
    /// <summary>The width of the last_error column.</summary>
    public const int MaxLength = 1000;

    public static string Of(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return Truncate($"{exception.GetType().Name}: {exception.Message}");
    }

    public static string Truncate(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length <= MaxLength ? text : string.Concat(text.AsSpan(0, MaxLength - 1), "…");
    }
}
