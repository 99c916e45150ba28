using Hexagon.Domain.Common;

namespace Hexagon.Domain.Tests.Common;

public sealed class ResultTests
{
    private static readonly Error Conflict = new("4999", ErrorKind.Conflict, "충돌");

    [Test]
    public void A_failed_result_has_no_value()
    {
        Result<int> result = Conflict;

        Assert.That(result.IsSuccess, Is.False);
        Assert.That(result.Error, Is.EqualTo(Conflict));
        Assert.Throws<InvalidOperationException>(() => _ = result.Value);
    }

    [Test]
    public void A_successful_result_carries_its_value()
    {
        Result<int> result = 42;

        Assert.That(result.IsSuccess, Is.True);
        Assert.That(result.Value, Is.EqualTo(42));
    }

    [Test]
    public void Then_runs_only_after_success()
    {
        var ran = 0;
        Result.Ok().Then(() => ran++);
        Result.Fail(Conflict).Then(() => ran += 10);

        Assert.That(ran, Is.EqualTo(1));
    }

    [Test]
    public void WithMessage_keeps_the_code_and_kind()
    {
        var specific = Conflict.WithMessage("다른 메시지");

        Assert.That((specific.Code, specific.Kind, specific.Message), Is.EqualTo(("4999", ErrorKind.Conflict, "다른 메시지")));
    }
}
