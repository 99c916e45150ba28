using Hexagon.Adapters.Web.Identity.Bearer;
using Microsoft.AspNetCore.Authentication;
using Microsoft.IdentityModel.Tokens;

namespace Hexagon.Integration.Tests.Identity.Crypto;

/// <summary>Which code each way a bearer token can fail answers with (the app refreshes on 0006, re-logs on the rest).</summary>
public sealed class BearerFailureErrorsTests
{
    private static IEnumerable<TestCaseData> Failures()
    {
        yield return new TestCaseData(null, "0007").SetName("no token sent -> 0007");
        yield return Case(new SecurityTokenExpiredException("IDX10223"), "0006");
        yield return Case(new SecurityTokenInvalidSignatureException("IDX10504: no signature (alg none)"), "0005");
        yield return Case(new SecurityTokenSignatureKeyNotFoundException("IDX10517: other key, edited payload, other alg"), "0005");
        yield return Case(new SecurityTokenMalformedException("IDX14100: no dots"), "0004");
        yield return Case(new ArgumentException("IDX14102: header is not base64url"), "0004");
        yield return Case(new SecurityTokenInvalidAudienceException("IDX10214"), "0003");
        yield return Case(new SecurityTokenInvalidIssuerException("IDX10205"), "0003");
        yield return Case(new SecurityTokenInvalidTypeException("IDX10257"), "0003");
        yield return Case(new SecurityTokenInvalidAlgorithmException("IDX10696"), "0003");
        yield return Case(new SecurityTokenNoExpirationException("IDX10225"), "0003");
        yield return Case(new AuthenticationFailureException("The access token's subject is not a user id."), "0003");
        yield return Case(new AggregateException(new SecurityTokenExpiredException("first"), new SecurityTokenMalformedException("second")), "0006");
    }

    [TestCaseSource(nameof(Failures))]
    public void A_failure_maps_to_its_error_code(Exception? failure, string expectedCode) =>
        Assert.That(BearerFailureErrors.For(failure).Code, Is.EqualTo(expectedCode));

    private static TestCaseData Case(Exception failure, string code) =>
        new TestCaseData(failure, code).SetName($"{failure.GetType().Name} -> {code}");
}
