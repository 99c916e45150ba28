using Hexagon.Domain.Identity;

namespace Hexagon.Domain.Tests.Identity;

public sealed class DevicePlatformTests
{
    [Test]
    public void Knows_android_and_ios()
    {
        Assert.That(DevicePlatform.Create("android").Value, Is.SameAs(DevicePlatform.Android));
        Assert.That(DevicePlatform.Create("ios").Value, Is.SameAs(DevicePlatform.Ios));
        Assert.That(DevicePlatform.FromName("ios"), Is.SameAs(DevicePlatform.Ios));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("Android")]
    [TestCase("iOS")]
    [TestCase("web")]
    public void Anything_else_is_refused(string? name) =>
        Assert.That(DevicePlatform.Create(name).Error, Is.EqualTo(IdentityErrors.DevicePlatformUnknown));

    [Test]
    public void An_unknown_stored_name_is_corrupt_data() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => DevicePlatform.FromName("web"));
}
