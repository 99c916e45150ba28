using System.Net.Http.Headers;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Hexagon.Adapters.Web.Configuration;
using Hexagon.Adapters.Web.Errors;
using Hexagon.Application.Errors;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hexagon.Adapters.Web.Security;

/// <summary>
/// HTTP Basic authentication of operators against the configured docs credentials. Comparison is constant-time
/// over fixed-length hashes so neither the length nor a prefix of the password leaks through timing.
/// </summary>
public sealed class OperatorBasicAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> schemeOptions,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    IOptions<DocsOptions> docsOptions)
    : AuthenticationHandler<AuthenticationSchemeOptions>(schemeOptions, loggerFactory, encoder)
{
    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!AuthenticationHeaderValue.TryParse(Request.Headers.Authorization, out var header)
            || !"Basic".Equals(header.Scheme, StringComparison.OrdinalIgnoreCase)
            || header.Parameter is null)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header.Parameter));
        }
        catch (FormatException)
        {
            return Task.FromResult(AuthenticateResult.Fail("Malformed Basic credentials."));
        }

        var colon = decoded.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0 || !Matches(decoded[..colon], decoded[(colon + 1)..]))
        {
            return Task.FromResult(AuthenticateResult.Fail("Wrong operator credentials."));
        }

        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, decoded[..colon]), new Claim(ClaimTypes.Role, "OPERATOR")], Scheme.Name);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name)));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Basic realm=\"Hexagon operators\", charset=\"UTF-8\"";
        return new ProblemResult(ErrorCatalog.Unauthorized).ExecuteAsync(Context);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        new ProblemResult(ErrorCatalog.Forbidden).ExecuteAsync(Context);

    private bool Matches(string username, string password)
    {
        var expected = docsOptions.Value;
        // Both comparisons always run: no early exit that tells which half was wrong.
        var userOk = FixedTimeEquals(username, expected.Username);
        var passwordOk = FixedTimeEquals(password, expected.Password);
        return userOk & passwordOk;
    }

    private static bool FixedTimeEquals(string given, string expected) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
}
