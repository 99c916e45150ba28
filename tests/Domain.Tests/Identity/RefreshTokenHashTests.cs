using Hexagon.Domain.Identity;

namespace Hexagon.Domain.Tests.Identity;

public sealed class RefreshTokenHashTests
{
    [Test]
    public void Equal_bytes_are_equal_hashes()
    {
        var bytes = Enumerable.Range(0, 32).Select(i => (byte)i).ToArray();

        Assert.That(RefreshTokenHash.FromBytes(bytes), Is.EqualTo(RefreshTokenHash.FromBytes(bytes.ToArray())));
        Assert.That(RefreshTokenHash.FromBytes(bytes).GetHashCode(), Is.EqualTo(RefreshTokenHash.FromBytes(bytes.ToArray()).GetHashCode()));
        Assert.That(RefreshTokenHash.FromBytes(bytes), Is.Not.EqualTo(RefreshTokenHash.FromBytes(new byte[32])));
    }

    [Test]
    public void Keeps_its_own_copy_of_the_bytes()
    {
        var bytes = new byte[32];
        var hash = RefreshTokenHash.FromBytes(bytes);
        bytes[0] = 1;
        hash.ToArray()[1] = 1;

        Assert.That(hash.ToArray(), Is.EqualTo(new byte[32]));
    }

    [TestCase(0)]
    [TestCase(31)]
    [TestCase(33)]
    public void Is_exactly_32_bytes(int length) =>
        Assert.Throws<ArgumentException>(() => RefreshTokenHash.FromBytes(new byte[length]));
}
