using Hexagon.Domain.Identity.TwoFactor;

namespace Hexagon.Integration.Tests.Identity.Http;

/// <summary>
/// The service checks codes against the real clock. A test that uses the codes of steps s-1, s and s+1 (all inside
/// the ±1 window while the service is in step s) first waits, if needed, so that step s has enough time left.
/// </summary>
internal static class TotpSteps
{
    public static async Task<long> CurrentWithAtLeastAsync(TimeSpan remaining)
    {
        var now = DateTimeOffset.UtcNow;
        var step = Totp.StepAt(now);
        var stepEnds = DateTimeOffset.FromUnixTimeSeconds((step + 1) * Totp.StepSeconds);
        if (stepEnds - now >= remaining)
        {
            return step;
        }

        await Task.Delay(stepEnds - now + TimeSpan.FromMilliseconds(50));
        return Totp.StepAt(DateTimeOffset.UtcNow);
    }
}
