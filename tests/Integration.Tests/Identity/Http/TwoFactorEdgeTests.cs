using System.Net;
using Hexagon.Domain.Identity.TwoFactor;
using Hexagon.Integration.Tests.Web;

namespace Hexagon.Integration.Tests.Identity.Http;

/// <summary>Two-factor edges through the real service: racing logins with one code, refused disable and setup.</summary>
public sealed class TwoFactorEdgeTests : IdentityHttpFixture
{
    private TwoFactorApi TwoFactor => new(Api);

    [Test]
    public async Task Two_logins_racing_with_one_code_let_exactly_one_in()
    {
        var email = IdentityApi.NewEmail();
        var tokens = await Api.NewUserAsync(email);
        var (secret, step) = await TwoFactor.EnableAsync(tokens.AccessToken);
        var code = Totp.CodeAt(secret, step);

        var responses = await Task.WhenAll(
            Api.LogInAsync(email, IdentityApi.Password, code), Api.LogInAsync(email, IdentityApi.Password, code));

        try
        {
            var statuses = responses.Select(response => response.StatusCode).OrderBy(status => status).ToList();
            Assert.That(statuses, Is.EqualTo(new[] { HttpStatusCode.OK, HttpStatusCode.Unauthorized }));
            await ProblemAssert.IsProblemAsync(responses.Single(r => r.StatusCode == HttpStatusCode.Unauthorized), HttpStatusCode.Unauthorized, "0012");
        }
        finally
        {
            foreach (var response in responses)
            {
                response.Dispose();
            }
        }
    }

    [Test]
    public async Task Disable_without_a_valid_code_is_refused_and_setup_while_enabled_is_a_conflict()
    {
        var tokens = await Api.NewUserAsync();
        var (secret, step) = await TwoFactor.EnableAsync(tokens.AccessToken);

        using (var noCode = await TwoFactor.SendCodeAsync("disable", tokens.AccessToken, null))
        {
            await ProblemAssert.IsProblemAsync(noCode, HttpStatusCode.BadRequest, "0016");
        }

        using (var wrongCode = await TwoFactor.SendCodeAsync("disable", tokens.AccessToken, TwoFactorApi.WrongCode(secret, step)))
        {
            await ProblemAssert.IsProblemAsync(wrongCode, HttpStatusCode.BadRequest, "0016");
        }

        using var setupAgain = await Api.SendAsync(HttpMethod.Post, "/api/v1/me/2fa/setup", tokens.AccessToken);
        await ProblemAssert.IsProblemAsync(setupAgain, HttpStatusCode.Conflict, "0017");
    }
}
