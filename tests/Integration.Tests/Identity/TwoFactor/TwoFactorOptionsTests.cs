using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography;
using Hexagon.Adapters.Web.Configuration;
using Hexagon.Integration.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace Hexagon.Integration.Tests.Identity.TwoFactor;

/// <summary>Without a proper TwoFactor:EncryptionKey the service does not start, and says which setting is wrong.</summary>
public sealed class TwoFactorOptionsTests
{
    [Test]
    public void Base64_of_32_bytes_is_valid()
    {
        Assert.That(Validate(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))), Is.Empty);
    }

    [TestCase("")]
    [TestCase("not base64 at all")]
    [TestCase("MTIzNDU2Nzg5MDEyMzQ1Ng==")] // 16 bytes
    [TestCase("MTIzNDU2Nzg5MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTIz")] // 33 bytes
    public void Anything_else_is_reported_by_name(string key)
    {
        Assert.That(Validate(key).SelectMany(result => result.MemberNames), Does.Contain(nameof(TwoFactorOptions.EncryptionKey)));
    }

    [Test]
    public async Task The_service_refuses_to_start_with_the_committed_empty_key()
    {
        await TestDatabase.CreateAsync(TestServers.Database);
        await using var factory = new HexagonApiFactory(new Dictionary<string, string?> { ["TwoFactor:EncryptionKey"] = "" });

        var exception = Assert.Catch(() => factory.CreateClient().Dispose());

        var validation = exception as OptionsValidationException ?? exception?.InnerException as OptionsValidationException;
        Assert.That(validation, Is.Not.Null, exception?.ToString());
        Assert.That(validation!.Message, Does.Contain("EncryptionKey"));
    }

    // What ValidateDataAnnotations() runs: attributes first, then IValidatableObject when they pass.
    private static List<ValidationResult> Validate(string key)
    {
        var options = new TwoFactorOptions { EncryptionKey = key };
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results;
    }
}
