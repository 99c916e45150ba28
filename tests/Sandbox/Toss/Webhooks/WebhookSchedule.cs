namespace Hexagon.Sandbox.Toss.Webhooks;

/// <summary>
/// Toss retries a webhook up to 7 times, 1, 4, 16, 64, 256, 1024 and 4096 minutes after each failure (about
/// 3 days 19 hours in all). The scale factor shrinks that for tests: 0.001 makes the first wait 60 ms.
/// </summary>
internal static class WebhookSchedule
{
    private static readonly int[] Minutes = [1, 4, 16, 64, 256, 1024, 4096];

    public static int MaxRetries => Minutes.Length;

    /// <summary>The wait before retry number <paramref name="retry"/> (1-based).</summary>
    public static TimeSpan WaitBefore(int retry, double scale) =>
        TimeSpan.FromMinutes(Minutes[retry - 1] * scale);
}
