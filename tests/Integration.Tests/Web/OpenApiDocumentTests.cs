using System.Net;
using System.Text.Json;
using Hexagon.Integration.Tests.Infrastructure;

namespace Hexagon.Integration.Tests.Web;

/// <summary>The published API description says which calls need an access token.</summary>
public sealed class OpenApiDocumentTests
{
    [Test]
    public async Task Protected_operations_declare_the_bearer_scheme_and_public_ones_do_not()
    {
        await TestDatabase.CreateAsync(TestServers.Database);
        await using var factory = new HexagonApiFactory();
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/openapi/v1.json", UriKind.Relative));
        request.Headers.Authorization = ErrorContractTests.Basic(HexagonApiFactory.OperatorUser, HexagonApiFactory.OperatorPassword);

        using var response = await client.SendAsync(request);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = document.RootElement;

        var scheme = root.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer");
        Assert.That(scheme.GetProperty("scheme").GetString(), Is.EqualTo("bearer"));
        var me = root.GetProperty("paths").GetProperty("/api/v1/me").GetProperty("get");
        Assert.That(me.GetProperty("security")[0].TryGetProperty("Bearer", out _), Is.True, me.ToString());
        var login = root.GetProperty("paths").GetProperty("/api/v1/auth/login").GetProperty("post");
        Assert.That(login.TryGetProperty("security", out _), Is.False, "login is public");
    }
}
