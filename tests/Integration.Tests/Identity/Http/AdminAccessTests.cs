using System.Net;
using Hexagon.Bootstrap.CommandLine;
using Hexagon.Integration.Tests.Infrastructure;
using Hexagon.Integration.Tests.Web;

namespace Hexagon.Integration.Tests.Identity.Http;

/// <summary>ADMIN comes only from the command line, and admin routes answer only to it.</summary>
public sealed class AdminAccessTests
{
    [Test]
    public async Task Create_admin_promotes_an_account_that_then_reaches_admin_routes()
    {
        await TestDatabase.CreateAsync(TestServers.Database);
        await using var factory = new HexagonApiFactory();
        using var client = factory.CreateClient();
        var api = new IdentityApi(client);
        var email = IdentityApi.NewEmail();
        var customer = await api.NewUserAsync(email);

        using (var forbidden = await api.SendAsync(HttpMethod.Get, "/admin/v1/jobs/runs", customer.AccessToken))
        {
            await ProblemAssert.IsProblemAsync(forbidden, HttpStatusCode.Forbidden, "0015");
        }

        using var output = new StringWriter();
        var exitCode = await CreateAdminCommandLine.RunAsync(factory.Services, email, output, CancellationToken.None);
        Assert.That(exitCode, Is.Zero, output.ToString());
        Assert.That(output.ToString(), Does.Contain("is now an ADMIN").And.Not.Contain(IdentityApi.Password));

        using var login = await api.LogInAsync(email);
        var admin = await IdentityApi.Tokens.ReadAsync(login);
        using var allowed = await api.SendAsync(HttpMethod.Get, "/admin/v1/jobs/runs", admin.AccessToken);
        Assert.That(allowed.StatusCode, Is.EqualTo(HttpStatusCode.OK), await allowed.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task Create_admin_for_a_new_email_prints_a_generated_password_that_logs_in()
    {
        await TestDatabase.CreateAsync(TestServers.Database);
        await using var factory = new HexagonApiFactory();
        using var client = factory.CreateClient();
        var api = new IdentityApi(client);
        var email = IdentityApi.NewEmail();
        using var output = new StringWriter();

        var exitCode = await CreateAdminCommandLine.RunAsync(factory.Services, email, output, CancellationToken.None);

        Assert.That(exitCode, Is.Zero, output.ToString());
        var password = output.ToString().Split("(shown once, change it after the first login): ")[1].Trim();
        using var login = await api.LogInAsync(email, password);
        Assert.That(login.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var tokens = await IdentityApi.Tokens.ReadAsync(login);
        using var me = await api.SendAsync(HttpMethod.Get, "/api/v1/me", tokens.AccessToken);
        Assert.That(await me.Content.ReadAsStringAsync(), Does.Contain("\"role\":\"ADMIN\""));
    }

    [Test]
    public async Task Sign_up_cannot_make_an_admin()
    {
        await TestDatabase.CreateAsync(TestServers.Database);
        await using var factory = new HexagonApiFactory();
        using var client = factory.CreateClient();
        using var response = await client.PostAsync(new Uri("/api/v1/auth/signup", UriKind.Relative), System.Net.Http.Json.JsonContent.Create(
            new { email = IdentityApi.NewEmail(), password = IdentityApi.Password, nickname = "관리자아님", role = "ADMIN" }));
        var tokens = await IdentityApi.Tokens.ReadAsync(response);

        using var me = await new IdentityApi(client).SendAsync(HttpMethod.Get, "/api/v1/me", tokens.AccessToken);

        Assert.That(await me.Content.ReadAsStringAsync(), Does.Contain("\"role\":\"CUSTOMER\""));
    }
}
