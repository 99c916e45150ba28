using System.ComponentModel.DataAnnotations;
using Hexagon.Adapters.Web.Identity.Passwords;

namespace Hexagon.Integration.Tests.Identity.Crypto;

/// <summary>A configuration that weakens hashing below OWASP's Argon2id minimum does not start.</summary>
public sealed class PasswordHashingOptionsTests
{
    [Test]
    public void The_defaults_are_owasps_minimum_and_one_hash_per_core()
    {
        var options = new PasswordHashingOptions();

        Assert.Multiple(() =>
        {
            Assert.That(Errors(options), Is.Empty);
            Assert.That((options.MemoryKiB, options.Iterations, options.Parallelism), Is.EqualTo((19456, 2, 1)));
            Assert.That((options.HashLength, options.SaltLength), Is.EqualTo((32, 16)));
            Assert.That(options.MaxConcurrentHashes, Is.EqualTo(Environment.ProcessorCount));
        });
    }

    [TestCase(nameof(PasswordHashingOptions.MemoryKiB), 19455)]
    [TestCase(nameof(PasswordHashingOptions.MemoryKiB), 1048577)]
    [TestCase(nameof(PasswordHashingOptions.Iterations), 1)]
    [TestCase(nameof(PasswordHashingOptions.Parallelism), 0)]
    [TestCase(nameof(PasswordHashingOptions.HashLength), 16)]
    [TestCase(nameof(PasswordHashingOptions.SaltLength), 8)]
    [TestCase(nameof(PasswordHashingOptions.MaxConcurrentHashes), 0)]
    public void A_value_outside_the_safe_range_is_refused(string property, int value)
    {
        var options = new PasswordHashingOptions();
        typeof(PasswordHashingOptions).GetProperty(property)!.SetValue(options, value);

        Assert.That(Errors(options).SelectMany(error => error.MemberNames), Is.EqualTo(new[] { property }));
    }

    private static List<ValidationResult> Errors(PasswordHashingOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results;
    }
}
