using System.Text;
using Hexagon.Domain.Identity.TwoFactor;

namespace Hexagon.Domain.Tests.Identity.TwoFactor;

/// <summary>RFC 6238 Appendix B, the SHA1 rows: what every authenticator app computes.</summary>
public sealed class TotpTests
{
    private static readonly byte[] RfcSecret = Encoding.ASCII.GetBytes("12345678901234567890");

    [TestCase(59L, "94287082")]
    [TestCase(1111111109L, "07081804")]
    [TestCase(1111111111L, "14050471")]
    [TestCase(1234567890L, "89005924")]
    [TestCase(2000000000L, "69279037")]
    [TestCase(20000000000L, "65353130")]
    public void Matches_the_rfc_6238_sha1_vectors(long unixSeconds, string eightDigits)
    {
        var step = Totp.StepAt(DateTimeOffset.FromUnixTimeSeconds(unixSeconds));

        Assert.That(Totp.CodeAt(RfcSecret, step, digits: 8), Is.EqualTo(eightDigits));
        Assert.That(Totp.CodeAt(RfcSecret, step), Is.EqualTo(eightDigits[^6..]), "six digits are the last six");
    }

    [TestCase(-30, true)]
    [TestCase(0, true)]
    [TestCase(30, true)]
    [TestCase(-60, false)]
    [TestCase(60, false)]
    public void Accepts_one_step_either_side_and_no_more(int codeOffsetSeconds, bool accepted)
    {
        var now = DateTimeOffset.FromUnixTimeSeconds(1234567890);
        var codeStep = Totp.StepAt(now.AddSeconds(codeOffsetSeconds));

        var match = Totp.MatchingStep(RfcSecret, Totp.CodeAt(RfcSecret, codeStep), now);

        Assert.That(match, accepted ? Is.EqualTo(codeStep) : Is.Null);
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("05924")]
    [TestCase("0059240")]
    [TestCase("00592a")]
    [TestCase("００５９２４")]
    public void Refuses_what_is_not_six_ascii_digits(string? code)
    {
        Assert.That(Totp.MatchingStep(RfcSecret, code, DateTimeOffset.FromUnixTimeSeconds(1234567890)), Is.Null);
    }

    [Test]
    public void Steps_start_at_multiples_of_thirty_seconds()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Totp.StepAt(DateTimeOffset.FromUnixTimeSeconds(29)), Is.Zero);
            Assert.That(Totp.StepAt(DateTimeOffset.FromUnixTimeSeconds(30)), Is.EqualTo(1));
            Assert.That(Totp.StepAt(DateTimeOffset.FromUnixTimeMilliseconds(59_999)), Is.EqualTo(1));
        });
    }
}
