using System.Security.Cryptography;
using System.Text;
using Hexagon.Application.Identity.Sessions;
using Hexagon.Domain.Identity;

namespace Hexagon.Application.Tests.Identity;

public sealed class RefreshTokenFactoryTests
{
    [Test]
    public void A_token_is_32_random_bytes_in_unpadded_base64url()
    {
        var tokens = Enumerable.Range(0, 50).Select(_ => RefreshTokenFactory.Create().Token).ToList();

        Assert.That(tokens, Is.Unique);
        Assert.That(tokens, Has.All.Length.EqualTo(43).And.All.Match("^[A-Za-z0-9_-]+$"));
    }

    [Test]
    public void Only_the_sha256_of_the_token_is_kept()
    {
        var token = RefreshTokenFactory.Create();

        Assert.That(token.Hash, Is.EqualTo(RefreshTokenHash.FromBytes(SHA256.HashData(Encoding.UTF8.GetBytes(token.Token)))));
        Assert.That(RefreshTokenFactory.Hash(token.Token), Is.EqualTo(token.Hash));
    }

    [Test]
    public void Any_presented_string_hashes_so_a_wrong_one_simply_matches_nothing()
    {
        Assert.That(RefreshTokenFactory.Hash(null), Is.EqualTo(RefreshTokenFactory.Hash("")));
        Assert.That(RefreshTokenFactory.Hash("eyJhbGciOiJIUzI1NiJ9.e30.sig"), Is.Not.EqualTo(RefreshTokenFactory.Create().Hash));
    }

    [Test]
    public void A_family_id_is_128_random_bits_in_lower_case_hex()
    {
        var ids = Enumerable.Range(0, 50).Select(_ => RefreshTokenFactory.NewFamilyId()).ToList();

        Assert.That(ids, Is.Unique);
        Assert.That(ids, Has.All.Match("^[0-9a-f]{32}$"));
    }
}
