using System.Security.Cryptography;
using System.Text;
using Hexagon.Adapters.Web.Identity.Passwords;
using Hexagon.Integration.Tests.Jobs;
using Hexagon.Integration.Tests.Persistence;

namespace Hexagon.Integration.Tests.Identity.Crypto;

/// <summary>
/// MaxConcurrentHashes really bounds the native calls: a login burst queues instead of allocating 19 MiB per request.
/// The native library is replaced by a gate the test opens, so nothing here depends on how fast hashing is.
/// </summary>
public sealed class Argon2ConcurrencyBoundTests
{
    // Long enough for a third call to slip in if nothing stopped it; the assertion can only fail when it did.
    private static readonly TimeSpan SlipInWindow = TimeSpan.FromMilliseconds(300);

    private GatedArgon2 _argon2 = null!;

    [SetUp]
    public void CreateGate() => _argon2 = new GatedArgon2();

    [TearDown]
    public void DisposeGate() => _argon2.Dispose();

    [Test]
    public async Task No_more_than_MaxConcurrentHashes_run_at_once_and_the_others_wait_their_turn()
    {
        using var hasher = Hasher(maxConcurrentHashes: 2);

        var calls = Enumerable.Range(0, 6)
            .Select(i => i % 2 == 0
                ? (Task)hasher.HashAsync("pw" + i, CancellationToken.None)
                : hasher.VerifyAsync("pw" + i, GatedArgon2.Encoded, CancellationToken.None))
            .ToList();
        await Poll.UntilAsync(() => Task.FromResult(_argon2.InFlight), inFlight => inFlight == 2);
        await Task.Delay(SlipInWindow);

        Assert.That(_argon2.Entered, Is.EqualTo(2), "the other four wait for a slot");
        _argon2.Open(6);
        await Task.WhenAll(calls);
        Assert.That((_argon2.Entered, _argon2.Peak), Is.EqualTo((6, 2)));
    }

    [Test]
    public async Task A_caller_that_gives_up_while_queued_never_reaches_the_library()
    {
        using var hasher = Hasher(maxConcurrentHashes: 1);
        var running = hasher.HashAsync("first", CancellationToken.None);
        await Poll.UntilAsync(() => Task.FromResult(_argon2.InFlight), inFlight => inFlight == 1);
        using var giveUp = new CancellationTokenSource();

        var queued = hasher.HashAsync("second", giveUp.Token);
        await giveUp.CancelAsync();

        Assert.That(async () => await queued, Throws.InstanceOf<OperationCanceledException>());
        _argon2.Open(2);
        await running;
        await hasher.HashAsync("third", CancellationToken.None);
        Assert.That(_argon2.Entered, Is.EqualTo(2), "first and third; the slot of the cancelled call was not leaked");
    }

    [Test]
    public async Task A_caller_that_gives_up_mid_hash_keeps_its_slot_until_the_native_call_ends()
    {
        using var hasher = Hasher(maxConcurrentHashes: 1);
        using var giveUp = new CancellationTokenSource();
        var running = hasher.HashAsync("first", giveUp.Token);
        await Poll.UntilAsync(() => Task.FromResult(_argon2.InFlight), inFlight => inFlight == 1);

        await giveUp.CancelAsync();
        var next = hasher.HashAsync("second", CancellationToken.None);
        await Task.Delay(SlipInWindow);

        Assert.That(_argon2.Entered, Is.EqualTo(1), "the native hash still runs, so its memory is still taken");
        _argon2.Open(2);
        Assert.That(await running, Is.EqualTo(GatedArgon2.Encoded));
        await next;
        Assert.That(_argon2.Peak, Is.EqualTo(1));
    }

    [Test]
    public async Task The_password_reaches_the_library_as_utf8_and_its_buffer_is_zeroed_afterwards()
    {
        using var hasher = Hasher(maxConcurrentHashes: 1);
        _argon2.Open(1);

        await hasher.VerifyAsync("비밀-pw", GatedArgon2.Encoded, CancellationToken.None);

        var (buffer, copyDuringCall) = _argon2.Passwords.Single();
        Assert.That(copyDuringCall, Is.EqualTo(Encoding.UTF8.GetBytes("비밀-pw")));
        Assert.That(buffer, Is.All.EqualTo((byte)0));
    }

    [Test]
    public async Task A_library_failure_propagates_and_frees_the_slot()
    {
        using var hasher = Hasher(maxConcurrentHashes: 1);
        _argon2.FailWith = new CryptographicException("argon2id_hash_encoded failed with -22: Memory allocation error");
        _argon2.Open(1);

        Assert.That(async () => await hasher.HashAsync("pw", CancellationToken.None), Throws.InstanceOf<CryptographicException>());
        _argon2.FailWith = null;
        _argon2.Open(1);
        Assert.That(await hasher.HashAsync("pw", CancellationToken.None), Is.EqualTo(GatedArgon2.Encoded));
    }

    private Argon2idPasswordHasher Hasher(int maxConcurrentHashes) =>
        new(new PasswordHashingOptions { MaxConcurrentHashes = maxConcurrentHashes }, new ListLogger<Argon2idPasswordHasher>(), _argon2);
}
