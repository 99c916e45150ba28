using Hexagon.Adapters.Web.Errors;
using Hexagon.Application.Errors;
using Hexagon.Domain.Common;

namespace Hexagon.Integration.Tests.Web;

/// <summary>The error-to-status mapping, without a server.</summary>
public sealed class ErrorStatusCodesTests
{
    [TestCase(ErrorKind.Validation, 400)]
    [TestCase(ErrorKind.Unauthorized, 401)]
    [TestCase(ErrorKind.Forbidden, 403)]
    [TestCase(ErrorKind.NotFound, 404)]
    [TestCase(ErrorKind.Conflict, 409)]
    [TestCase(ErrorKind.Unavailable, 503)]
    [TestCase(ErrorKind.Internal, 500)]
    public void Each_kind_has_its_status(ErrorKind kind, int status)
    {
        Assert.That(ErrorStatusCodes.For(kind), Is.EqualTo(status));
    }

    [Test]
    public void Protocol_errors_keep_the_protocol_status()
    {
        Assert.Multiple(() =>
        {
            Assert.That(ErrorStatusCodes.For(ErrorCatalog.MethodNotAllowed), Is.EqualTo(405));
            Assert.That(ErrorStatusCodes.For(ErrorCatalog.PayloadTooLarge), Is.EqualTo(413));
            Assert.That(ErrorStatusCodes.For(ErrorCatalog.UnsupportedMediaType), Is.EqualTo(415));
            Assert.That(ErrorStatusCodes.For(ErrorCatalog.TooManyRequests), Is.EqualTo(429));
            Assert.That(ErrorStatusCodes.For(ErrorCatalog.RequestTimedOut), Is.EqualTo(504));
            Assert.That(ErrorStatusCodes.For(ErrorCatalog.OutOfStock), Is.EqualTo(409));
        });
    }

    [TestCase(400, "1112"), TestCase(401, "0007"), TestCase(403, "0015"), TestCase(404, "9001"), TestCase(405, "9002")]
    [TestCase(413, "9003"), TestCase(415, "9004"), TestCase(429, "9005"), TestCase(504, "9006"), TestCase(418, "1111")]
    [TestCase(500, "9999"), TestCase(502, "9999")]
    public void A_bare_status_from_the_framework_maps_to_a_catalog_code(int status, string code)
    {
        Assert.That(ErrorStatusCodes.ErrorForStatus(status).Code, Is.EqualTo(code));
    }
}
