using Hexagon.Sandbox.Faults;
using Hexagon.Sandbox.Toss.Errors;
using Hexagon.Sandbox.Toss.Idempotency;

namespace Hexagon.Sandbox.Toss.Api;

/// <summary>
/// What every /v1 call goes through, in Toss's order: secret key, Idempotency-Key (POST only), then the
/// operation — with an armed fault, if any, around it. The rule that ties faults to idempotency:
/// a key remembers only what was really executed. A fault answered *instead of* the operation releases the
/// key (a retry with it runs for real); a fault answered *after* the operation (applyThenFail) leaves the real
/// reply stored, so a retry with the same key gets the success the lost answer carried — as Toss would.
/// </summary>
internal sealed class TossCallPipeline(
    TossSandboxSettings settings, IdempotencyStore idempotency, FaultBoard faults, IHostApplicationLifetime lifetime)
{
    public async Task RunAsync(HttpContext context, string operationName, Func<TossReply> operation)
    {
        var authError = BasicAuthCheck.Check(context.Request, settings.SecretKey);
        if (authError is not null)
        {
            await TossReply.Fail(authError).WriteAsync(context.Response);
            return;
        }

        string? scope = null;
        if (HttpMethods.IsPost(context.Request.Method)
            && context.Request.Headers.TryGetValue("Idempotency-Key", out var keyHeader) && keyHeader.Count > 0)
        {
            var key = keyHeader.ToString();
            if (key.Length > IdempotencyStore.MaxKeyLength)
            {
                await TossReply.Fail(TossErrors.InvalidIdempotencyKey).WriteAsync(context.Response);
                return;
            }
            scope = IdempotencyStore.Scope(settings.SecretKey, context.Request.Method, context.Request.Path, key);
            var claim = idempotency.Claim(scope);
            if (!claim.IsClaimed)
            {
                await (claim.Stored ?? TossReply.Fail(TossErrors.IdempotentRequestProcessing)).WriteAsync(context.Response);
                return;
            }
        }

        try
        {
            await RunClaimedAsync(context, faults.TakeNext(operationName), operation, scope);
        }
        catch
        {
            if (scope is not null) idempotency.Release(scope); // nothing stored: a retry must run again
            throw;
        }
    }

    private async Task RunClaimedAsync(HttpContext context, FaultRule? fault, Func<TossReply> operation, string? scope)
    {
        if (fault is null || !fault.ApplyThenFail)
        {
            if (fault is not null) await WaitAsync(fault.Delay);
            if (fault is { AnswersWithError: true })
            {
                if (scope is not null) idempotency.Release(scope);
                await Injected(fault).WriteAsync(context.Response);
                return;
            }
            var reply = operation();
            if (scope is not null) idempotency.Complete(scope, reply);
            await reply.WriteAsync(context.Response);
            return;
        }

        var applied = operation();
        if (scope is not null) idempotency.Complete(scope, applied);
        await WaitAsync(fault.Delay);
        if (fault.AnswersWithError) await Injected(fault).WriteAsync(context.Response);
        else context.Abort(); // the answer is lost on the way: the client cannot know what happened
    }

    private static TossReply Injected(FaultRule fault) =>
        TossReply.Fail(TossErrors.ForCode(fault.Code!, fault.HttpStatus, fault.Message));

    // Not the request's token: Toss keeps working when a client gives up, so the operation still happens.
    // Only stopping the sandbox cuts a delay short.
    private async Task WaitAsync(TimeSpan delay)
    {
        if (delay > TimeSpan.Zero) await Task.Delay(delay, lifetime.ApplicationStopping);
    }
}
