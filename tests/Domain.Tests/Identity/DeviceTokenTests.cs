using Hexagon.Domain.Identity;

namespace Hexagon.Domain.Tests.Identity;

public sealed class DeviceTokenTests
{
    [Test]
    public void Accepts_an_fcm_token_as_it_is_apart_from_surrounding_spaces()
    {
        const string fcm = "dQw4w9WgXcQ:APA91bH-Yx_Zq0sL9kJ2mN3oP4qR5sT6uV7wX8yZ9aB0cD1eF2gH3iJ4kL5mN6oP7qR8sT9uV0wX1yZ2";

        Assert.That(DeviceToken.Create(" " + fcm + " ").Value.Value, Is.EqualTo(fcm));
    }

    [Test]
    public void Accepts_up_to_512_characters()
    {
        Assert.That(DeviceToken.Create(new string('a', 512)).IsSuccess, Is.True);
        Assert.That(DeviceToken.Create(new string('a', 513)).Error, Is.EqualTo(IdentityErrors.DeviceTokenMalformed));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("abc def")]
    [TestCase("토큰")]
    [TestCase("abc\u0001")]
    public void Refuses_empty_spaced_or_non_ascii_tokens(string? raw) =>
        Assert.That(DeviceToken.Create(raw).Error, Is.EqualTo(IdentityErrors.DeviceTokenMalformed));
}
