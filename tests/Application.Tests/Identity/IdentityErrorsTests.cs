using System.Reflection;
using Hexagon.Application.Errors;
using Hexagon.Domain.Common;
using Hexagon.Domain.Identity;

namespace Hexagon.Application.Tests.Identity;

/// <summary>The domain's field problems are reported as the catalog's validation error: they must share its code and kind.</summary>
public sealed class IdentityErrorsTests
{
    [Test]
    public void Every_identity_field_error_carries_the_validation_code()
    {
        var errors = typeof(IdentityErrors).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(field => (field.Name, Error: (Error)field.GetValue(null)!))
            .ToList();

        Assert.That(errors, Is.Not.Empty);
        Assert.Multiple(() =>
        {
            foreach (var (name, error) in errors)
            {
                Assert.That(error.Code, Is.EqualTo(ErrorCatalog.ValidationFailed.Code), name);
                Assert.That(error.Kind, Is.EqualTo(ErrorKind.Validation), name);
            }
        });
    }
}
