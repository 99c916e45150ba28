using System.Text.RegularExpressions;
using Hexagon.Application.Errors;

namespace Hexagon.Application.Tests.Errors;

public sealed partial class ErrorCatalogTests
{
    [Test]
    public void Every_code_is_four_digits_and_unique()
    {
        var codes = ErrorCatalog.All.Select(error => error.Code).ToList();

        Assert.That(codes, Has.All.Matches(FourDigits()));
        Assert.That(codes, Is.Unique);
    }

    [Test]
    public void Every_error_has_a_korean_message()
    {
        Assert.That(ErrorCatalog.All.Select(error => error.Message), Has.All.Matches(Hangul()));
    }

    [TestCase("0001"), TestCase("0003"), TestCase("0004"), TestCase("0005"), TestCase("0006"), TestCase("0007")]
    [TestCase("0013"), TestCase("0014"), TestCase("1111"), TestCase("4500"), TestCase("4520"), TestCase("9999")]
    public void Codes_the_original_product_used_are_kept(string code)
    {
        Assert.That(ErrorCatalog.All.Select(error => error.Code), Has.Member(code));
    }

    [GeneratedRegex("^[0-9]{4}$")]
    private static partial Regex FourDigits();

    [GeneratedRegex("[가-힣]")]
    private static partial Regex Hangul();
}
