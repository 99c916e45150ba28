using Hexagon.Adapters.Web.Identity.Passwords;
using Hexagon.Application.Identity.Ports;
using Hexagon.Integration.Tests.Persistence;

namespace Hexagon.Integration.Tests.Identity.Crypto;

/// <summary>The hasher against the real libargon2.so.1, at the service's default parameters.</summary>
public sealed class Argon2idPasswordHasherTests
{
    // NUnit shares one fixture instance between tests: both are made fresh for each.
    private ListLogger<Argon2idPasswordHasher> _log = null!;
    private Argon2idPasswordHasher _hasher = null!;

    [SetUp]
    public void CreateHasher()
    {
        _log = new ListLogger<Argon2idPasswordHasher>();
        _hasher = new Argon2idPasswordHasher(new PasswordHashingOptions(), _log);
    }

    [TearDown]
    public void DisposeHasher() => _hasher.Dispose();

    [TestCase("correct horse battery staple")]
    [TestCase("비밀번호는-한글도-됩니다!")]
    public async Task A_hash_verifies_its_own_password_and_needs_no_rehash(string password)
    {
        var encoded = await _hasher.HashAsync(password, CancellationToken.None);

        var verification = await _hasher.VerifyAsync(password, encoded, CancellationToken.None);

        Assert.That(verification, Is.EqualTo(new PasswordVerification(Matches: true, NeedsRehash: false)));
    }

    [Test]
    public async Task A_wrong_password_does_not_match()
    {
        var encoded = await _hasher.HashAsync("right password", CancellationToken.None);

        var verification = await _hasher.VerifyAsync("right passwore", encoded, CancellationToken.None);

        Assert.That(verification.Matches, Is.False);
    }

    [Test]
    public async Task The_encoded_hash_carries_argon2id_v19_the_owasp_parameters_and_a_fresh_16_byte_salt()
    {
        var first = await _hasher.HashAsync("same password", CancellationToken.None);
        var second = await _hasher.HashAsync("same password", CancellationToken.None);

        Assert.That(first, Does.StartWith("$argon2id$v=19$m=19456,t=2,p=1$"));
        var parts = first.Split('$');
        Assert.Multiple(() =>
        {
            Assert.That(Convert.FromBase64String(parts[4] + "=="), Has.Length.EqualTo(16), "salt");
            Assert.That(Convert.FromBase64String(parts[5] + "="), Has.Length.EqualTo(32), "hash");
            Assert.That(second, Is.Not.EqualTo(first), "a new salt every time");
        });
    }

    [TestCase(65536, 2, 1)]
    [TestCase(19456, 3, 1)]
    [TestCase(19456, 2, 2)]
    public async Task A_match_made_with_other_parameters_needs_a_rehash(int memoryKiB, int iterations, int parallelism)
    {
        using var other = new Argon2idPasswordHasher(
            new PasswordHashingOptions { MemoryKiB = memoryKiB, Iterations = iterations, Parallelism = parallelism }, _log);
        var encoded = await other.HashAsync("password", CancellationToken.None);

        var right = await _hasher.VerifyAsync("password", encoded, CancellationToken.None);
        var wrong = await _hasher.VerifyAsync("passwore", encoded, CancellationToken.None);

        Assert.That(right, Is.EqualTo(new PasswordVerification(Matches: true, NeedsRehash: true)));
        Assert.That(wrong.NeedsRehash, Is.False, "only a proven password is worth re-hashing");
    }

    [TestCase("")]
    [TestCase("garbage")]
    [TestCase("$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy")]
    [TestCase("$argon2i$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$wWKIMhR9lyDFvRz9YTZweHKfbftvj+qf+YFY4NeBbtA")]
    [TestCase("$argon2id$v=16$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc")]
    [TestCase("$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$!!!not-base64!!!")]
    [TestCase("$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$")]
    [TestCase("$argon2id$v=19$m=65536,t=2$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc")]
    [TestCase("$argon2id$v=19$m=4194304,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc")]
    [TestCase("$argon2id$v=19$m=65536,t=1000000,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc")]
    [TestCase("$argon2id$v=19$m=65536,t=2,p=1$c2FsdA$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc")]
    public async Task A_stored_value_that_is_not_a_usable_argon2id_hash_does_not_match_and_is_not_logged(string stored)
    {
        const string password = "hunter2-typed-at-login";
        var verification = await _hasher.VerifyAsync(password, stored, CancellationToken.None);

        Assert.That(verification, Is.EqualTo(new PasswordVerification(Matches: false, NeedsRehash: false)));
        Assert.That(_log.Entries, Has.Count.EqualTo(1), "an operator hears of an unreadable stored hash");
        Assert.That(_log.Entries.Select(entry => entry.Message), Has.None.Contains("c29tZXNhbHQ").And.None.Contains(password));
    }
}
