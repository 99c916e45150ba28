using Hexagon.Domain.Identity;

namespace Hexagon.Domain.Tests.Identity;

public sealed class NicknameTests
{
    [Test]
    public void Is_trimmed() => Assert.That(Nickname.Create("  민지 ").Value.Value, Is.EqualTo("민지"));

    [TestCase("ab")]
    [TestCase("커피러버")]
    [TestCase("12345678901234567890")]
    public void Accepts_two_to_twenty_characters(string raw) =>
        Assert.That(Nickname.Create(raw).IsSuccess, Is.True);

    [TestCase(null)]
    [TestCase("")]
    [TestCase("a")]
    [TestCase("   a   ")]
    [TestCase("123456789012345678901")]
    public void Refuses_shorter_or_longer_names(string? raw) =>
        Assert.That(Nickname.Create(raw).Error, Is.EqualTo(IdentityErrors.NicknameLength));

    [Test]
    public void Counts_an_emoji_as_one_character_as_people_and_the_column_do()
    {
        var twentyEmoji = string.Concat(Enumerable.Repeat("😀", 20));

        Assert.That(twentyEmoji, Has.Length.EqualTo(40));
        Assert.That(Nickname.Create(twentyEmoji).IsSuccess, Is.True);
        Assert.That(Nickname.Create(twentyEmoji + "😀").Error, Is.EqualTo(IdentityErrors.NicknameLength));
    }

    [TestCase("민\n지")]
    [TestCase("민\0지")]
    public void Refuses_control_characters(string raw) =>
        Assert.That(Nickname.Create(raw).Error, Is.EqualTo(IdentityErrors.NicknameControlCharacters));
}
