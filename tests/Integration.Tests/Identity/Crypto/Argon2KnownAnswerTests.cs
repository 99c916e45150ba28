using System.Text;
using Hexagon.Adapters.Web.Identity.Passwords;
using Hexagon.Integration.Tests.Persistence;

namespace Hexagon.Integration.Tests.Identity.Crypto;

/// <summary>
/// The reference vector of phc-winner-argon2 (src/test.c): argon2id v19, t=2, m=64 MiB, p=1, "password"/"somesalt".
/// It proves the P/Invoke passes lengths, costs and type in the right order, which a round trip alone cannot.
/// </summary>
public sealed class Argon2KnownAnswerTests
{
    private const string ReferenceHash =
        "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc";

    [Test]
    public async Task Hashing_with_the_reference_salt_gives_the_reference_hash()
    {
        using var hasher = new Argon2idPasswordHasher(
            new PasswordHashingOptions { MemoryKiB = 65536, Iterations = 2, Parallelism = 1 }, new ListLogger<Argon2idPasswordHasher>());

        var encoded = await hasher.HashAsync("password", Encoding.ASCII.GetBytes("somesalt"), CancellationToken.None);

        Assert.That(encoded, Is.EqualTo(ReferenceHash));
    }

    [Test]
    public async Task The_reference_hash_verifies_and_asks_for_a_rehash_under_the_default_parameters()
    {
        using var hasher = new Argon2idPasswordHasher(new PasswordHashingOptions(), new ListLogger<Argon2idPasswordHasher>());

        var right = await hasher.VerifyAsync("password", ReferenceHash, CancellationToken.None);
        var wrong = await hasher.VerifyAsync("Password", ReferenceHash, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(right.Matches, Is.True);
            Assert.That(right.NeedsRehash, Is.True, "m=65536 is not the configured m=19456");
            Assert.That(wrong.Matches, Is.False);
        });
    }
}
