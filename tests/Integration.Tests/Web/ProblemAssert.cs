using System.Net;
using System.Text.Json;

namespace Hexagon.Integration.Tests.Web;

/// <summary>Asserts a response is our problem-details shape with the expected status and code.</summary>
public static class ProblemAssert
{
    public static async Task<JsonElement> IsProblemAsync(HttpResponseMessage response, HttpStatusCode status, string errorCode)
    {
        ArgumentNullException.ThrowIfNull(response);
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(status), body);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"), body);
        using var document = JsonDocument.Parse(body);
        var problem = document.RootElement.Clone();
        Assert.Multiple(() =>
        {
            Assert.That(problem.GetProperty("errorCode").GetString(), Is.EqualTo(errorCode), body);
            Assert.That(problem.GetProperty("status").GetInt32(), Is.EqualTo((int)status));
            Assert.That(problem.GetProperty("type").GetString(), Is.EqualTo("urn:hexagon:error:" + errorCode));
            Assert.That(problem.GetProperty("detail").GetString(), Does.Match("[가-힣]"), "detail is the Korean message");
            Assert.That(problem.GetProperty("title").GetString(), Is.Not.Empty);
            Assert.That(problem.GetProperty("instance").GetString(), Does.StartWith("/"));
            Assert.That(DateTimeOffset.TryParse(problem.GetProperty("timestamp").GetString(), out _), Is.True);
            Assert.That(problem.GetProperty("traceId").GetString(), Has.Length.EqualTo(32));
        });
        return problem;
    }
}
