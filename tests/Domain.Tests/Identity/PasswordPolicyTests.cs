using Hexagon.Domain.Identity;

namespace Hexagon.Domain.Tests.Identity;

public sealed class PasswordPolicyTests
{
    [TestCase(8)]
    [TestCase(128)]
    public void Accepts_eight_to_128_characters(int length) =>
        Assert.That(PasswordPolicy.Check(new string('x', length), "kim@example.com").IsSuccess, Is.True);

    [TestCase(0)]
    [TestCase(7)]
    [TestCase(129)]
    public void Refuses_shorter_or_longer_passwords(int length) =>
        Assert.That(PasswordPolicy.Check(new string('x', length), "kim@example.com").Error, Is.EqualTo(IdentityErrors.PasswordLength));

    [Test]
    public void Refuses_a_missing_password() =>
        Assert.That(PasswordPolicy.Check(null, "kim@example.com").Error, Is.EqualTo(IdentityErrors.PasswordLength));

    [TestCase("kim@example.com", "kim@example.com")]
    [TestCase("KIM@Example.com", "kim@example.com")]
    [TestCase("kim@example.com", "  Kim@Example.com ")]
    public void Refuses_the_email_as_password_whatever_the_case(string password, string email) =>
        Assert.That(PasswordPolicy.Check(password, email).Error, Is.EqualTo(IdentityErrors.PasswordSameAsEmail));

    [Test]
    public void Without_an_email_only_the_length_counts() =>
        Assert.That(PasswordPolicy.Check("long enough", null).IsSuccess, Is.True);
}
