using System.Net;
using System.Text.Json;
using Hexagon.Domain.Identity.TwoFactor;
using Hexagon.Integration.Tests.Web;

namespace Hexagon.Integration.Tests.Identity.Http;

/// <summary>
/// TOTP two-factor through the real pipeline, MariaDB and the configured AES-GCM key. Codes are computed here from
/// the secret the service answered, as an authenticator app would.
/// </summary>
public sealed class TwoFactorTests : IdentityHttpFixture
{
    private TwoFactorApi TwoFactor => new(Api);

    [Test]
    public async Task Setup_answers_a_base32_secret_its_otpauth_uri_and_a_png_qr_code()
    {
        var email = IdentityApi.NewEmail();
        var tokens = await Api.NewUserAsync(email);

        using var response = await Api.SendAsync(HttpMethod.Post, "/api/v1/me/2fa/setup", tokens.AccessToken);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var secret = body.RootElement.GetProperty("secret").GetString()!;
        var qr = body.RootElement.GetProperty("qrCodeDataUrl").GetString()!;
        Assert.Multiple(() =>
        {
            Assert.That(Base32.Decode(secret), Has.Length.EqualTo(20));
            Assert.That(body.RootElement.GetProperty("otpauthUri").GetString(), Is.EqualTo(
                $"otpauth://totp/Hexagon:{email}?secret={secret}&issuer=Hexagon&algorithm=SHA1&digits=6&period=30"));
            Assert.That(qr, Does.StartWith("data:image/png;base64,"));
            Assert.That(Convert.FromBase64String(qr["data:image/png;base64,".Length..])[..8],
                Is.EqualTo(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }), "a PNG signature");
        });

        using var withoutToken = await Api.SendAsync(HttpMethod.Post, "/api/v1/me/2fa/setup", null);
        await ProblemAssert.IsProblemAsync(withoutToken, HttpStatusCode.Unauthorized, "0007");
    }

    [Test]
    public async Task Setup_enable_login_with_a_code_once_then_disable()
    {
        var email = IdentityApi.NewEmail();
        var tokens = await Api.NewUserAsync(email);
        var secret = await TwoFactor.SetUpAsync(tokens.AccessToken);
        var step = await TotpSteps.CurrentWithAtLeastAsync(TwoFactorApi.TestBudget);

        // Login is unaffected until a code confirms the secret.
        using (var beforeEnable = await Api.LogInAsync(email))
        {
            Assert.That(beforeEnable.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        using (var wrong = await TwoFactor.SendCodeAsync("enable", tokens.AccessToken, TwoFactorApi.WrongCode(secret, step)))
        {
            await ProblemAssert.IsProblemAsync(wrong, HttpStatusCode.BadRequest, "0016");
        }

        // The previous step's code: still in the window, and it leaves this step's code unused for the login below.
        using (var enable = await TwoFactor.SendCodeAsync("enable", tokens.AccessToken, Totp.CodeAt(secret, step - 1)))
        {
            Assert.That(enable.StatusCode, Is.EqualTo(HttpStatusCode.NoContent), await enable.Content.ReadAsStringAsync());
        }

        using (var withoutCode = await Api.LogInAsync(email))
        {
            await ProblemAssert.IsProblemAsync(withoutCode, HttpStatusCode.Unauthorized, "0011");
        }

        using (var withCode = await Api.LogInAsync(email, IdentityApi.Password, Totp.CodeAt(secret, step)))
        {
            Assert.That(withCode.StatusCode, Is.EqualTo(HttpStatusCode.OK), await withCode.Content.ReadAsStringAsync());
        }

        using (var replay = await Api.LogInAsync(email, IdentityApi.Password, Totp.CodeAt(secret, step)))
        {
            await ProblemAssert.IsProblemAsync(replay, HttpStatusCode.Unauthorized, "0012");
        }

        using (var disable = await TwoFactor.SendCodeAsync("disable", tokens.AccessToken, Totp.CodeAt(secret, step + 1)))
        {
            Assert.That(disable.StatusCode, Is.EqualTo(HttpStatusCode.NoContent), await disable.Content.ReadAsStringAsync());
        }

        using var afterDisable = await Api.LogInAsync(email);
        Assert.That(afterDisable.StatusCode, Is.EqualTo(HttpStatusCode.OK), "no code needed any more");
    }

    [Test]
    public async Task A_wrong_password_answers_0008_whether_or_not_2fa_is_on()
    {
        var email = IdentityApi.NewEmail();
        var tokens = await Api.NewUserAsync(email);
        await TwoFactor.EnableAsync(tokens.AccessToken);

        using var response = await Api.LogInAsync(email, "wrong-horse-battery", null);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized, "0008");
    }
}
