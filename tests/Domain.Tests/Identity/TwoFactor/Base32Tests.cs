using System.Text;
using Hexagon.Domain.Identity.TwoFactor;

namespace Hexagon.Domain.Tests.Identity.TwoFactor;

public sealed class Base32Tests
{
    // RFC 4648 section 10, without the padding authenticator secrets leave out.
    [TestCase("", "")]
    [TestCase("f", "MY")]
    [TestCase("fo", "MZXQ")]
    [TestCase("foo", "MZXW6")]
    [TestCase("foob", "MZXW6YQ")]
    [TestCase("fooba", "MZXW6YTB")]
    [TestCase("foobar", "MZXW6YTBOI")]
    public void Encodes_the_rfc_4648_vectors(string plain, string encoded)
    {
        Assert.That(Base32.Encode(Encoding.ASCII.GetBytes(plain)), Is.EqualTo(encoded));
        Assert.That(Base32.Decode(encoded), Is.EqualTo(Encoding.ASCII.GetBytes(plain)));
    }

    [Test]
    public void Decoding_forgives_case_spaces_and_padding_but_not_other_characters()
    {
        Assert.That(Base32.Decode("mzxw 6ytb oi======"), Is.EqualTo(Encoding.ASCII.GetBytes("foobar")));
        Assert.Throws<FormatException>(() => Base32.Decode("MZXW1"));
    }

    [Test]
    public void A_twenty_byte_secret_is_32_characters_and_round_trips()
    {
        var secret = Enumerable.Range(200, 20).Select(value => (byte)value).ToArray();

        var encoded = Base32.Encode(secret);

        Assert.That(encoded, Has.Length.EqualTo(32));
        Assert.That(Base32.Decode(encoded), Is.EqualTo(secret));
    }
}
