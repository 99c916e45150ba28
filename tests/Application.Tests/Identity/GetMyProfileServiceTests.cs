using Hexagon.Application.Errors;
using Hexagon.Application.Identity.GetMyProfile;

namespace Hexagon.Application.Tests.Identity;

public sealed class GetMyProfileServiceTests
{
    [Test]
    public async Task Answers_the_callers_own_account()
    {
        var harness = new IdentityHarness();
        var tokens = await harness.SignedUpAsync("kim@example.com");

        var result = await new GetMyProfileService(harness.Users).GetAsync(tokens.UserId, CancellationToken.None);

        Assert.That(result.Value, Is.EqualTo(new MyProfile(tokens.UserId, "kim@example.com", "민지", "CUSTOMER", 0, IdentityHarness.Start)));
    }

    [Test]
    public async Task An_account_that_is_gone_is_404()
    {
        var result = await new GetMyProfileService(new IdentityHarness().Users).GetAsync(404, CancellationToken.None);

        Assert.That(result.Error, Is.EqualTo(ErrorCatalog.UserNotFound));
    }
}
