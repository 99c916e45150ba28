using Hexagon.Domain.Identity;

namespace Hexagon.Domain.Tests.Identity;

public sealed class UserTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 10, 9, 0, 0, TimeSpan.Zero);

    [Test]
    public void A_registered_user_keeps_the_normalised_values_and_starts_without_points()
    {
        var user = User.Register(EmailAddress.Create(" Kim@Example.com").Value, "hash", Nickname.Create(" 민지 ").Value, Role.Customer, Now);

        Assert.That(user.Id, Is.Zero);
        Assert.That(user.Email, Is.EqualTo("kim@example.com"));
        Assert.That(user.Nickname, Is.EqualTo("민지"));
        Assert.That(user.PointBalance, Is.Zero);
        Assert.That(user.IsAdmin, Is.False);
        Assert.That(user.CreatedAt, Is.EqualTo(Now));
    }

    [Test]
    public void A_user_without_a_password_hash_is_a_bug() =>
        Assert.Throws<ArgumentException>(() => User.Register(EmailAddress.Create("a@b.co").Value, "", Nickname.Create("민지").Value, Role.Admin, Now));
}
