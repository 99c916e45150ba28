using System.Net;
using System.Text.Json;
using Hexagon.Integration.Tests.Web;

namespace Hexagon.Integration.Tests.Identity.Http;

/// <summary>The identity HTTP contract, row by row, through the real pipeline, MariaDB and Argon2id.</summary>
public sealed class AuthFlowTests : IdentityHttpFixture
{
    [Test]
    public async Task Sign_up_answers_201_with_a_token_pair_and_the_profile_follows()
    {
        var email = IdentityApi.NewEmail();
        using var response = await Api.SignUpAsync("  " + email.ToUpperInvariant() + " ");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        var tokens = await IdentityApi.Tokens.ReadAsync(response);
        Assert.That(tokens.AccessTokenExpiresIn, Is.EqualTo(15 * 60));
        Assert.That(tokens.RefreshTokenExpiresIn, Is.EqualTo(14 * 24 * 3600));

        using var me = await Api.SendAsync(HttpMethod.Get, "/api/v1/me", tokens.AccessToken);
        Assert.That(me.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        using var profile = JsonDocument.Parse(await me.Content.ReadAsStringAsync());
        Assert.Multiple(() =>
        {
            Assert.That(profile.RootElement.GetProperty("userId").GetInt64(), Is.EqualTo(tokens.UserId));
            Assert.That(profile.RootElement.GetProperty("email").GetString(), Is.EqualTo(email), "trimmed and lower-cased");
            Assert.That(profile.RootElement.GetProperty("nickname").GetString(), Is.EqualTo("커피러버"));
            Assert.That(profile.RootElement.GetProperty("role").GetString(), Is.EqualTo("CUSTOMER"));
            Assert.That(profile.RootElement.GetProperty("pointBalance").GetInt64(), Is.Zero);
        });
    }

    [Test]
    public async Task A_taken_email_answers_409_0009()
    {
        var email = IdentityApi.NewEmail();
        await Api.NewUserAsync(email);

        using var again = await Api.SignUpAsync(email);

        await ProblemAssert.IsProblemAsync(again, HttpStatusCode.Conflict, "0009");
    }

    [Test]
    public async Task Bad_sign_up_input_answers_1111_naming_every_field()
    {
        using var response = await Api.SignUpAsync("not-an-email", "short", "x");

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "1111");
        var fields = problem.GetProperty("errors").EnumerateObject().Select(field => field.Name).ToList();
        Assert.That(fields, Is.SupersetOf(new[] { "email", "password", "nickname" }));
    }

    [Test]
    public async Task Unknown_email_and_wrong_password_give_the_same_401()
    {
        var email = IdentityApi.NewEmail();
        await Api.NewUserAsync(email);

        using var wrongPassword = await Api.LogInAsync(email, "wrong-password-123");
        using var unknownEmail = await Api.LogInAsync(IdentityApi.NewEmail());

        var first = await ProblemAssert.IsProblemAsync(wrongPassword, HttpStatusCode.Unauthorized, "0008");
        var second = await ProblemAssert.IsProblemAsync(unknownEmail, HttpStatusCode.Unauthorized, "0008");
        Assert.That(first.GetProperty("detail").GetString(), Is.EqualTo(second.GetProperty("detail").GetString()));
    }

    [Test]
    public async Task Login_starts_a_session_that_refreshes()
    {
        var email = IdentityApi.NewEmail();
        await Api.NewUserAsync(email);

        using var login = await Api.LogInAsync(email);
        Assert.That(login.StatusCode, Is.EqualTo(HttpStatusCode.OK), await login.Content.ReadAsStringAsync());
        var tokens = await IdentityApi.Tokens.ReadAsync(login);

        using var refreshed = await Api.RefreshAsync(tokens.RefreshToken);
        Assert.That(refreshed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var next = await IdentityApi.Tokens.ReadAsync(refreshed);
        Assert.That(next.RefreshToken, Is.Not.EqualTo(tokens.RefreshToken));
        Assert.That(next.AccessToken, Is.Not.EqualTo(tokens.AccessToken));
    }

    [Test]
    public async Task Reusing_a_rotated_refresh_token_revokes_the_whole_family()
    {
        var first = await Api.NewUserAsync();
        using var rotated = await Api.RefreshAsync(first.RefreshToken);
        var second = await IdentityApi.Tokens.ReadAsync(rotated);

        using var replay = await Api.RefreshAsync(first.RefreshToken);
        await ProblemAssert.IsProblemAsync(replay, HttpStatusCode.Unauthorized, "0014");

        using var ownersNext = await Api.RefreshAsync(second.RefreshToken);
        await ProblemAssert.IsProblemAsync(ownersNext, HttpStatusCode.Unauthorized, "0014");
    }

    [Test]
    public async Task Two_concurrent_refreshes_of_one_token_let_exactly_one_through()
    {
        var tokens = await Api.NewUserAsync();

        var responses = await Task.WhenAll(Api.RefreshAsync(tokens.RefreshToken), Api.RefreshAsync(tokens.RefreshToken));

        Assert.That(responses.Count(response => response.StatusCode == HttpStatusCode.OK), Is.EqualTo(1));
        Assert.That(responses.Count(response => response.StatusCode == HttpStatusCode.Unauthorized), Is.EqualTo(1));
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Test]
    public async Task Logout_ends_that_session_only()
    {
        var email = IdentityApi.NewEmail();
        var phone = await Api.NewUserAsync(email);
        using var tabletLogin = await Api.LogInAsync(email);
        var tablet = await IdentityApi.Tokens.ReadAsync(tabletLogin);

        using var logout = await Api.LogOutAsync(phone.RefreshToken);
        Assert.That(logout.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        using var again = await Api.LogOutAsync(phone.RefreshToken);
        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.NoContent), "logout is idempotent");

        using var phoneRefresh = await Api.RefreshAsync(phone.RefreshToken);
        await ProblemAssert.IsProblemAsync(phoneRefresh, HttpStatusCode.Unauthorized, "0014");
        using var tabletRefresh = await Api.RefreshAsync(tablet.RefreshToken);
        Assert.That(tabletRefresh.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Logout_all_ends_every_session()
    {
        var email = IdentityApi.NewEmail();
        var phone = await Api.NewUserAsync(email);
        using var tabletLogin = await Api.LogInAsync(email);
        var tablet = await IdentityApi.Tokens.ReadAsync(tabletLogin);

        using var logoutAll = await Api.SendAsync(HttpMethod.Post, "/api/v1/auth/logout-all", phone.AccessToken);
        Assert.That(logoutAll.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));

        foreach (var refreshToken in new[] { phone.RefreshToken, tablet.RefreshToken })
        {
            using var refresh = await Api.RefreshAsync(refreshToken);
            await ProblemAssert.IsProblemAsync(refresh, HttpStatusCode.Unauthorized, "0014");
        }
    }

    [Test]
    public async Task Tokens_are_not_interchangeable()
    {
        var tokens = await Api.NewUserAsync();

        using var accessAsRefresh = await Api.RefreshAsync(tokens.AccessToken);
        await ProblemAssert.IsProblemAsync(accessAsRefresh, HttpStatusCode.Unauthorized, "0014");

        using var refreshAsAccess = await Api.SendAsync(HttpMethod.Get, "/api/v1/me", tokens.RefreshToken);
        await ProblemAssert.IsProblemAsync(refreshAsAccess, HttpStatusCode.Unauthorized, "0004");
    }

    [Test]
    public async Task Me_without_a_token_answers_401_0007()
    {
        using var response = await Api.SendAsync(HttpMethod.Get, "/api/v1/me", accessToken: null);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized, "0007");
    }
}
