using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Hexagon.Integration.Tests.Infrastructure;
using Hexagon.Integration.Tests.Web;

namespace Hexagon.Integration.Tests.Identity.Web;

/// <summary>Valid access tokens through the real pipeline: the role decides 200 or 403, and no token means 401 0007.</summary>
public sealed class AccessTokenAuthorizationTests
{
    private BearerApi _api = null!;

    [OneTimeSetUp]
    public async Task StartService() => _api = await BearerApi.StartAsync();

    [OneTimeTearDown]
    public async Task StopService() => await _api.DisposeAsync();

    [Test]
    public async Task A_customer_token_reaches_the_customer_endpoint_as_that_user()
    {
        using var response = await _api.GetAsync(AuthProbeEndpoints.CustomerPath, TestAccessTokens.Issue(42, "CUSTOMER"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var caller = await response.Content.ReadFromJsonAsync<AuthProbeEndpoints.CallerResponse>();
        Assert.That(caller, Is.EqualTo(new AuthProbeEndpoints.CallerResponse(42, "CUSTOMER")));
    }

    [TestCase(AuthProbeEndpoints.AdminPath)]
    [TestCase(AuthProbeEndpoints.CustomerPath)]
    public async Task An_admin_token_reaches_admin_and_customer_endpoints(string path)
    {
        using var response = await _api.GetAsync(path, TestAccessTokens.Issue(7, "ADMIN"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task A_customer_token_on_the_admin_endpoint_answers_403_0015()
    {
        using var response = await _api.GetAsync(AuthProbeEndpoints.AdminPath, TestAccessTokens.Issue(42, "CUSTOMER"));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden, "0015");
    }

    [Test]
    public async Task A_token_with_a_role_we_do_not_know_answers_403_0015()
    {
        using var response = await _api.GetAsync(AuthProbeEndpoints.CustomerPath, TestAccessTokens.Issue(42, "GUEST"));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden, "0015");
    }

    [Test]
    public async Task No_token_answers_401_0007_with_a_bare_bearer_challenge()
    {
        using var response = await _api.GetAsync(AuthProbeEndpoints.CustomerPath, bearerToken: null);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized, "0007");
        Assert.That(response.Headers.WwwAuthenticate.ToString(), Is.EqualTo("Bearer"), "RFC 6750: no error code without a token");
    }

    [Test]
    public async Task Operator_basic_credentials_are_not_an_access_token()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(AuthProbeEndpoints.CustomerPath, UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(
            Encoding.UTF8.GetBytes($"{HexagonApiFactory.OperatorUser}:{HexagonApiFactory.OperatorPassword}")));

        using var response = await _api.Client.SendAsync(request);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized, "0007");
    }

    [Test]
    public async Task An_access_token_is_not_an_operator_credential()
    {
        using var response = await _api.GetAsync("/docs/index.html", TestAccessTokens.Issue(7, "ADMIN"));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized, "0007");
        Assert.That(response.Headers.WwwAuthenticate.ToString(), Does.StartWith("Basic"), "the operator scheme still guards the docs");
    }
}
