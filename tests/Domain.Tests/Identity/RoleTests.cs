using Hexagon.Domain.Identity;

namespace Hexagon.Domain.Tests.Identity;

public sealed class RoleTests
{
    [Test]
    public void Names_are_what_tokens_and_the_profile_carry()
    {
        Assert.That(Role.Customer.Name, Is.EqualTo("CUSTOMER"));
        Assert.That(Role.Admin.Name, Is.EqualTo("ADMIN"));
    }

    [Test]
    public void A_stored_name_reads_back_as_the_same_role()
    {
        Assert.That(Role.FromName("CUSTOMER"), Is.SameAs(Role.Customer));
        Assert.That(Role.FromName("ADMIN"), Is.SameAs(Role.Admin));
    }

    [TestCase("admin")]
    [TestCase("OWNER")]
    public void An_unknown_stored_name_is_corrupt_data(string name) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Role.FromName(name));
}
