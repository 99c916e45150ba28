using System.Net;

namespace Hexagon.Integration.Tests.Sandbox.Fcm;

public sealed class FcmValidationTests
{
    private FcmSandboxHarness _fcm = null!;
    private string _accessToken = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _fcm = await FcmSandboxHarness.StartAsync();
        _accessToken = await _fcm.AccessTokenAsync();
    }

    [OneTimeTearDown]
    public async Task Stop() => await _fcm.DisposeAsync();

    // (body, the field FCM's BadRequest detail names, a piece of FCM's message)
    private static readonly object[] Invalid =
    [
        new object[] { """{"message":{"token":"t1","topic":"news"}}""", "message", "oneof field 'target' is already set" },
        new object[] { """{"message":{"notification":{"title":"hi"}}}""", "message", "Recipient of the message is not set" },
        new object[] { """{"message":{"token":"t1","data":{"orderNo":123}}}""", "message.data[0].value", "TYPE_STRING" },
        new object[] { """{"message":{"token":"t1","data":{"type":"x","nested":{"a":"b"}}}}""", "message.data[1].value", "TYPE_STRING" },
        new object[] { """{"message":{"token":"t1","data":{"from":"me"}}}""", "message.data[0].key", "Invalid data payload key" },
        new object[] { """{"message":{"token":"t1","notification":{"title":5}}}""", "message.notification.title", "TYPE_STRING" },
        new object[] { """{"message":{"token":"t1","notifications":{"title":"typo"}}}""", "message", "Unknown name \"notifications\"" },
        new object[] { """{"message":{"token":42}}""", "message.token", "TYPE_STRING" },
        new object[] { """{"message":{"token":"not a token!"}}""", "message.token", "not a valid FCM registration token" },
        new object[] { """{"message":{"topic":"/topics/news"}}""", "message.topic", "Invalid topic name" },
    ];

    [TestCaseSource(nameof(Invalid))]
    public async Task An_invalid_message_is_400_INVALID_ARGUMENT_naming_the_field(string body, string field, string message)
    {
        var answer = await _fcm.SendRawAsync(body, _accessToken);

        Assert.That((answer.Status, answer.RpcStatus, answer.ErrorCode),
            Is.EqualTo((HttpStatusCode.BadRequest, "INVALID_ARGUMENT", "INVALID_ARGUMENT")), answer.ToString());
        Assert.That(answer.Field, Is.EqualTo(field), answer.ToString());
        Assert.That(answer.Message, Does.Contain(message));
    }

    [TestCase("")]
    [TestCase("{\"message\":")]
    [TestCase("[1,2]")]
    [TestCase("""{"msg":{"token":"t1"}}""")]
    public async Task A_body_that_is_not_a_send_request_is_400_INVALID_ARGUMENT(string body)
    {
        var answer = await _fcm.SendRawAsync(body, _accessToken);

        Assert.That((answer.Status, answer.ErrorCode), Is.EqualTo((HttpStatusCode.BadRequest, "INVALID_ARGUMENT")), answer.ToString());
    }

    [Test]
    public async Task A_message_of_4096_bytes_passes_and_one_of_4097_is_too_big()
    {
        var token = FcmSandboxHarness.NewDeviceToken();
        string Body(int bytes)
        {
            // The sandbox measures the message object written compactly: exactly this text for ASCII content.
            var empty = "{\"token\":\"" + token + "\",\"data\":{\"k\":\"\"}}";
            return "{\"message\":{\"token\":\"" + token + "\",\"data\":{\"k\":\""
                + new string('x', bytes - empty.Length) + "\"}}}";
        }

        var fits = await _fcm.SendRawAsync(Body(4096), _accessToken);
        var tooBig = await _fcm.SendRawAsync(Body(4097), _accessToken);

        Assert.That(fits.Status, Is.EqualTo(HttpStatusCode.OK), fits.ToString());
        Assert.That((tooBig.Status, tooBig.ErrorCode), Is.EqualTo((HttpStatusCode.BadRequest, "INVALID_ARGUMENT")));
        Assert.That(tooBig.Message, Does.Contain("too big"));
        Assert.That(await _fcm.DeliveredAsync(token), Has.Length.EqualTo(1));
    }

    [Test]
    public async Task Korean_text_counts_in_UTF_8_bytes()
    {
        // 1,400 Hangul syllables are 4,200 bytes in UTF-8 but only 1,400 characters.
        var answer = await _fcm.SendAsync(
            new { message = new { token = FcmSandboxHarness.NewDeviceToken(), notification = new { body = new string('가', 1_400) } } },
            _accessToken);

        Assert.That((answer.Status, answer.ErrorCode), Is.EqualTo((HttpStatusCode.BadRequest, "INVALID_ARGUMENT")), answer.ToString());
    }
}
