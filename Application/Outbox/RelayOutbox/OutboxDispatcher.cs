using Hexagon.Application.Outbox.Ports;
using Microsoft.Extensions.Logging;

namespace Hexagon.Application.Outbox.RelayOutbox;

/// <summary>
/// Hands a message to the handler of its type and turns whatever happens into an <see cref="OutboxHandling"/>: no
/// handler is a permanent failure (a retry would find none either), an exception a transient one.
/// </summary>
public sealed partial class OutboxDispatcher
{
    private readonly Dictionary<string, IOutboxHandler> _handlers;
    private readonly ILogger _logger;

    /// <exception cref="ArgumentException">Two handlers claim the same type: a composition bug, refused at start.</exception>
    public OutboxDispatcher(IEnumerable<IOutboxHandler> handlers, ILogger<OutboxDispatcher> logger)
    {
        ArgumentNullException.ThrowIfNull(handlers);
        _handlers = new Dictionary<string, IOutboxHandler>(StringComparer.Ordinal);
        foreach (var handler in handlers)
        {
            if (!_handlers.TryAdd(handler.Type, handler))
            {
                throw new ArgumentException($"Two outbox handlers are registered for type '{handler.Type}'.", nameof(handlers));
            }
        }

        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
    }

    /// <summary>The message types this relay can deliver: the only ones it claims.</summary>
    public IReadOnlyCollection<string> Types => _handlers.Keys;

    /// <summary>
    /// Runs the handler. Only a cancellation of <paramref name="cancellationToken"/> (the relay is stopping) escapes:
    /// the caller hands the message back instead of counting a failure.
    /// </summary>
    public async Task<OutboxHandling> DispatchAsync(OutboxEnvelope message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!_handlers.TryGetValue(message.Type, out var handler))
        {
            return OutboxHandling.Dead($"No outbox handler is registered for type '{message.Type}'.");
        }

        try
        {
            return await handler.HandleAsync(message, cancellationToken).ConfigureAwait(false)
                   ?? throw new InvalidOperationException($"The handler of '{message.Type}' answered null.");
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // Any exception from a handler is a failed delivery to retry, never the relay's end.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            LogHandlerThrew(_logger, exception, message.Id, message.Type, message.Attempt);
            return OutboxHandling.Retry(OutboxFailureText.Of(exception));
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox handler threw for message {MessageId} ({MessageType}), attempt {Attempt}; it will be retried")]
    private static partial void LogHandlerThrew(ILogger logger, Exception exception, long messageId, string messageType, int attempt);
}
