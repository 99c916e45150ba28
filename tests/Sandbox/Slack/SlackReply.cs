using System.Globalization;

namespace Hexagon.Sandbox.Slack;

/// <summary>
/// Slack's incoming-webhook answers are plain text: "ok", or an error word such as "no_text" or "rate_limited"
/// (with Retry-After when throttled).
/// </summary>
internal sealed record SlackReply(int Status, string Text, int? RetryAfterSeconds = null)
{
    public static readonly SlackReply Ok = new(200, "ok");

    public async Task WriteAsync(HttpResponse response)
    {
        var aborted = response.HttpContext.RequestAborted;
        if (aborted.IsCancellationRequested) return;
        response.StatusCode = Status;
        if (RetryAfterSeconds is { } seconds) response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        response.ContentType = "text/plain; charset=utf-8";
        try
        {
            await response.WriteAsync(Text, aborted);
        }
        catch (Exception exception) when (exception is OperationCanceledException or IOException && aborted.IsCancellationRequested)
        {
            // The poster gave up; nothing to tell it.
        }
    }
}
