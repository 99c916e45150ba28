using Hexagon.Domain.Identity;

namespace Hexagon.Domain.Tests.Identity;

public sealed class EmailAddressTests
{
    [Test]
    public void Trims_and_lower_cases_so_one_mailbox_is_one_account()
    {
        var email = EmailAddress.Create("  Kim.MinJi@Example.COM ");

        Assert.That(email.Value.Value, Is.EqualTo("kim.minji@example.com"));
        Assert.That(email.Value, Is.EqualTo(EmailAddress.Create("kim.minji@example.com").Value));
    }

    [TestCase("a@b.co")]
    [TestCase("first.last+tag@sub.example.co.kr")]
    [TestCase("사용자@한국.kr")]
    public void Accepts_ordinary_addresses(string raw) =>
        Assert.That(EmailAddress.Create(raw).IsSuccess, Is.True);

    [TestCase(null)]
    [TestCase("")]
    [TestCase("   ")]
    public void A_missing_address_says_so(string? raw) =>
        Assert.That(EmailAddress.Create(raw).Error, Is.EqualTo(IdentityErrors.EmailMissing));

    [TestCase("plainaddress")]
    [TestCase("@example.com")]
    [TestCase("a@@example.com")]
    [TestCase("a@b@example.com")]
    [TestCase("a b@example.com")]
    [TestCase("ab@exam ple.com")]
    [TestCase("a@localhost")]
    [TestCase("a@.example.com")]
    [TestCase("a@example.com.")]
    [TestCase("a@example..com")]
    [TestCase("a\t@example.com")]
    public void Refuses_malformed_addresses(string raw) =>
        Assert.That(EmailAddress.Create(raw).Error, Is.EqualTo(IdentityErrors.EmailMalformed));

    [Test]
    public void The_local_part_is_at_most_64_characters()
    {
        Assert.That(EmailAddress.Create(new string('a', 64) + "@example.com").IsSuccess, Is.True);
        Assert.That(EmailAddress.Create(new string('a', 65) + "@example.com").Error, Is.EqualTo(IdentityErrors.EmailMalformed));
    }

    [Test]
    public void The_whole_address_is_at_most_254_characters()
    {
        var domain = string.Join('.', Enumerable.Repeat(new string('d', 60), 4)) + ".com"; // 247 characters
        var longest = new string('a', 254 - domain.Length - 1) + "@" + domain;

        Assert.That(longest, Has.Length.EqualTo(254));
        Assert.That(EmailAddress.Create(longest).IsSuccess, Is.True);
        Assert.That(EmailAddress.Create("a" + longest).Error, Is.EqualTo(IdentityErrors.EmailTooLong));
    }
}
