using System.Net;
using System.Text.Json;
using Hexagon.Integration.Tests.Web;

namespace Hexagon.Integration.Tests.Outbox;

/// <summary>GET /admin/v1/outbox/dead-letters and who may call the outbox routes, through the real pipeline.</summary>
public sealed class OutboxDeadLettersEndpointTests : OutboxApiFixture
{
    [TestCase("GET", "/admin/v1/outbox/dead-letters")]
    [TestCase("POST", "/admin/v1/outbox/1/requeue")]
    public async Task Without_an_access_token_the_routes_answer_401(string method, string path)
    {
        using var response = await Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative)));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized, "0007");
    }

    [TestCase("GET", "/admin/v1/outbox/dead-letters")]
    [TestCase("POST", "/admin/v1/outbox/1/requeue")]
    public async Task A_customer_is_refused_with_403(string method, string path)
    {
        using var response = await Client.SendAsync(Request(method, path, "CUSTOMER"));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden, "0015");
    }

    [Test]
    public async Task An_admin_pages_through_the_dead_letters_newest_first()
    {
        var oldest = await InsertAsync("payment.refund", "DEAD", """{"orderId":"o-1","amount":5000}""", "Gave up after 10 attempt(s); last: Toss 503");
        await InsertAsync("push.order-paid", "PENDING", "{}", "FCM 503");
        await InsertAsync("push.order-paid", "DONE", "{}", null);
        var middle = await InsertAsync("push.order-paid", "DEAD", """{"orderId":"o-2"}""", "No outbox handler is registered for type 'push.order-paid'.");
        var newest = await InsertAsync("ranking.order-placed", "DEAD", """{"orderId":"o-3"}""", "InvalidOperationException: boom");

        using var first = await SendOkAsync("GET", "/admin/v1/outbox/dead-letters?take=2");
        var cursor = first.RootElement.GetProperty("meta").GetProperty("nextCursor").GetInt64();
        using var last = await SendOkAsync("GET", $"/admin/v1/outbox/dead-letters?take=2&cursor={cursor}");

        Assert.That(Ids(first), Is.EqualTo(new[] { newest, middle }));
        Assert.That(first.RootElement.GetProperty("meta").ToString(), Is.EqualTo($$"""{"take":2,"hasNext":true,"nextCursor":{{middle}}}"""));
        Assert.That(Ids(last), Is.EqualTo(new[] { oldest }), "pending and done messages are not dead letters");
        Assert.That(last.RootElement.GetProperty("meta").ToString(), Is.EqualTo("""{"take":2,"hasNext":false,"nextCursor":null}"""));
        var item = last.RootElement.GetProperty("data")[0];
        Assert.That(item.GetProperty("type").GetString(), Is.EqualTo("payment.refund"));
        Assert.That(item.GetProperty("attempts").GetInt32(), Is.EqualTo(10));
        Assert.That(item.GetProperty("lastError").GetString(), Is.EqualTo("Gave up after 10 attempt(s); last: Toss 503"));
        Assert.That(item.GetProperty("createdAt").GetDateTimeOffset(), Is.EqualTo(new DateTimeOffset(2026, 11, 22, 2, 0, 0, TimeSpan.Zero)));
        Assert.That(item.GetProperty("payload").GetProperty("amount").GetInt32(), Is.EqualTo(5000), "the payload is embedded as JSON");
    }

    [TestCase("take=abc", "take")]
    [TestCase("take=0", "take")]
    [TestCase("take=101", "take")]
    [TestCase("cursor=x", "cursor")]
    [TestCase("cursor=0", "cursor")]
    public async Task A_bad_query_value_is_a_validation_problem_naming_the_field(string query, string field)
    {
        using var response = await Client.SendAsync(Request("GET", "/admin/v1/outbox/dead-letters?" + query));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "1111");
        Assert.That(problem.GetProperty("errors").EnumerateObject().Select(error => error.Name), Is.EqualTo(new[] { field }));
    }

    private static long[] Ids(JsonDocument page) =>
        page.RootElement.GetProperty("data").EnumerateArray().Select(item => item.GetProperty("id").GetInt64()).ToArray();
}
