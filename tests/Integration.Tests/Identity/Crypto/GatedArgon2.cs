using System.Collections.Concurrent;
using Hexagon.Adapters.Web.Identity.Passwords;

namespace Hexagon.Integration.Tests.Identity.Crypto;

/// <summary>
/// A stand-in for libargon2 whose calls block until the test opens the gate, counting how many are inside at once.
/// It keeps the password buffers it was given, so a test can check what they held during and after the call.
/// </summary>
internal sealed class GatedArgon2 : IArgon2, IDisposable
{
    public const string Encoded = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA";

    private readonly SemaphoreSlim _gate = new(0);
    private readonly ConcurrentQueue<(byte[] Buffer, byte[] CopyDuringCall)> _passwords = new();
    private int _inFlight;
    private int _peak;
    private int _entered;

    public int InFlight => Volatile.Read(ref _inFlight);

    public int Peak => Volatile.Read(ref _peak);

    public int Entered => Volatile.Read(ref _entered);

    public Exception? FailWith { get; set; }

    public IReadOnlyList<(byte[] Buffer, byte[] CopyDuringCall)> Passwords => _passwords.ToList();

    public void Open(int calls) => _gate.Release(calls);

    public string HashEncoded(Argon2Parameters parameters, int hashLength, byte[] password, byte[] salt) =>
        Run(password, () => Encoded);

    public Argon2VerifyOutcome Verify(string encodedHash, byte[] password) => Run(password, () => Argon2VerifyOutcome.Match);

    public void Dispose() => _gate.Dispose();

    private T Run<T>(byte[] password, Func<T> result)
    {
        _passwords.Enqueue((password, [.. password]));
        Interlocked.Increment(ref _entered);
        var now = Interlocked.Increment(ref _inFlight);
        InterlockedMax(ref _peak, now);
        try
        {
            // Bounded, so a broken hasher fails the test instead of hanging the run.
            if (!_gate.Wait(TimeSpan.FromSeconds(30)))
            {
                throw new TimeoutException("The test never opened the gate for this call.");
            }

            return FailWith is { } failure ? throw failure : result();
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
