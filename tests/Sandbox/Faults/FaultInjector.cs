namespace Hexagon.Sandbox.Faults;

/// <summary>
/// Runs one call of an operation with the next armed fault for it, if any — the FCM and Slack sides' counterpart
/// of the Toss pipeline's fault step (which also juggles idempotency keys, so it keeps its own). A fault with a
/// code answers instead of the operation (nothing happens); applyThenFail lets it happen and then answers the
/// fault or cuts the connection, the "delivered, but the answer was lost" case a retrying client must survive.
/// </summary>
internal sealed class FaultInjector(FaultBoard board, IHostApplicationLifetime lifetime)
{
    /// <param name="execute">The real operation; returns its answer without writing it.</param>
    /// <param name="injected">The answer for a fault with a code.</param>
    /// <param name="write">Writes an answer.</param>
    public async Task RunAsync<TReply>(HttpContext context, string operation, Func<TReply> execute,
        Func<FaultRule, TReply> injected, Func<TReply, Task> write)
    {
        var fault = board.TakeNext(operation);
        if (fault is null)
        {
            await write(execute());
            return;
        }
        if (!fault.ApplyThenFail)
        {
            await WaitAsync(fault.Delay);
            await write(fault.AnswersWithError ? injected(fault) : execute());
            return;
        }
        _ = execute(); // it happens; its answer never reaches the caller
        await WaitAsync(fault.Delay);
        if (fault.AnswersWithError) await write(injected(fault));
        else context.Abort();
    }

    // Not the request's token: a call the server has received is processed even if its sender stops waiting.
    private async Task WaitAsync(TimeSpan delay)
    {
        if (delay > TimeSpan.Zero) await Task.Delay(delay, lifetime.ApplicationStopping);
    }
}
