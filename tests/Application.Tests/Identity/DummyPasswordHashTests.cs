using Hexagon.Application.Identity.Sessions;
using Hexagon.Application.Tests.Identity.Fakes;

namespace Hexagon.Application.Tests.Identity;

public sealed class DummyPasswordHashTests
{
    [Test]
    public async Task Hashes_a_random_password_once_and_keeps_the_hash()
    {
        var hasher = new FakePasswordHasher();
        var dummy = new DummyPasswordHash();

        var first = await dummy.GetAsync(hasher, CancellationToken.None);
        var second = await dummy.GetAsync(hasher, CancellationToken.None);

        Assert.That(second, Is.EqualTo(first));
        Assert.That(hasher.Hashes, Is.EqualTo(1));
        Assert.That((await hasher.VerifyAsync("", first, CancellationToken.None)).Matches, Is.False);
    }
}
