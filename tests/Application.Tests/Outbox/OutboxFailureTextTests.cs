using Hexagon.Application.Outbox.RelayOutbox;

namespace Hexagon.Application.Tests.Outbox;

public sealed class OutboxFailureTextTests
{
    [Test]
    public void An_exception_is_described_by_its_type_and_message_only()
    {
        var exception = new InvalidOperationException("outer", new TimeoutException("server=db;password=secret"));

        Assert.That(OutboxFailureText.Of(exception), Is.EqualTo("InvalidOperationException: outer"));
    }

    [Test]
    public void A_long_text_is_cut_to_the_column()
    {
        var text = OutboxFailureText.Truncate(new string('x', 5000));

        Assert.That(text, Has.Length.EqualTo(OutboxFailureText.MaxLength));
        Assert.That(text, Does.EndWith("…"));
        Assert.That(OutboxFailureText.Truncate("short"), Is.EqualTo("short"));
    }
}
