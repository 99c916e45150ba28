namespace Hexagon.Integration.Tests.Jobs;

/// <summary>Waits for an eventually-true condition without fixed sleeps: reads until done or until the deadline.</summary>
internal static class Poll
{
    public static readonly TimeSpan DefaultDeadline = TimeSpan.FromSeconds(20);

    /// <summary>The first value that is <paramref name="done"/>, or the last one read when the deadline passed (the test's assertions then fail on it).</summary>
    public static async Task<T> UntilAsync<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan? deadline = null)
    {
        var giveUpAt = DateTime.UtcNow + (deadline ?? DefaultDeadline);
        while (true)
        {
            var value = await read();
            if (done(value) || DateTime.UtcNow > giveUpAt)
            {
                return value;
            }

            await Task.Delay(100);
        }
    }
}
