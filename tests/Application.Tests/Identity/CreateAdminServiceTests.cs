using Hexagon.Application.Errors;
using Hexagon.Application.Identity.CreateAdmin;
using Hexagon.Application.Identity.Ports;
using Hexagon.Domain.Identity;
using NSubstitute;

namespace Hexagon.Application.Tests.Identity;

public sealed class CreateAdminServiceTests
{
    private IdentityHarness _harness = null!;

    [SetUp]
    public void CreateHarness() => _harness = new IdentityHarness();

    [Test]
    public async Task Creates_an_admin_with_a_generated_password_shown_once()
    {
        var result = await _harness.CreateAdmin().CreateAsync(new CreateAdminCommand(" Ops@Example.com "), CancellationToken.None);

        Assert.That(result.Value.Created, Is.True);
        var password = result.Value.GeneratedPassword!;
        Assert.That(password, Has.Length.EqualTo(24).And.Match("^[A-Za-z0-9_-]+$"));
        var admin = _harness.Users.Single("ops@example.com");
        Assert.That(admin.Id, Is.EqualTo(result.Value.UserId));
        Assert.That(admin.Role, Is.SameAs(Role.Admin));
        Assert.That(admin.Nickname, Is.EqualTo("관리자"));
        Assert.That(admin.PasswordHash, Does.Not.Contain(password));

        var login = await _harness.LogInAsync("ops@example.com", password);
        Assert.That(login.Value.AccessToken, Does.StartWith($"access:{admin.Id}:ADMIN:"));
    }

    [Test]
    public async Task Two_admins_get_different_passwords()
    {
        var first = await _harness.CreateAdmin().CreateAsync(new CreateAdminCommand("a@example.com"), CancellationToken.None);
        var second = await _harness.CreateAdmin().CreateAsync(new CreateAdminCommand("b@example.com"), CancellationToken.None);

        Assert.That(first.Value.GeneratedPassword, Is.Not.EqualTo(second.Value.GeneratedPassword));
    }

    [Test]
    public async Task Promotes_an_existing_account_and_keeps_its_password()
    {
        var customer = await _harness.SignedUpAsync("kim@example.com", "correct horse");
        var hash = _harness.Users.Single("kim@example.com").PasswordHash;

        var result = await _harness.CreateAdmin().CreateAsync(new CreateAdminCommand("KIM@example.com"), CancellationToken.None);

        Assert.That(result.Value, Is.EqualTo(new CreateAdminResult(customer.UserId, Created: false, GeneratedPassword: null)));
        var user = _harness.Users.Single("kim@example.com");
        Assert.That(user.Role, Is.SameAs(Role.Admin));
        Assert.That(user.PasswordHash, Is.EqualTo(hash));
    }

    [Test]
    public async Task Running_it_again_for_an_admin_changes_nothing()
    {
        var users = Substitute.For<IUserRepository>();
        var admin = User.Restore(7, "ops@example.com", "hash", "관리자", Role.Admin, 0, IdentityHarness.Start, IdentityHarness.Start);
        users.FindByEmailAsync(Arg.Any<EmailAddress>(), Arg.Any<CancellationToken>()).Returns(admin);

        var result = await new CreateAdminService(users, _harness.Hasher, _harness.Clock).CreateAsync(new CreateAdminCommand("ops@example.com"), CancellationToken.None);

        Assert.That(result.Value, Is.EqualTo(new CreateAdminResult(7, false, null)));
        await users.DidNotReceiveWithAnyArgs().UpdateRoleAsync(default, default!, default, default);
        await users.DidNotReceiveWithAnyArgs().TryAddAsync(default!, default);
    }

    [Test]
    public async Task An_email_that_signs_up_between_the_lookup_and_the_insert_is_promoted()
    {
        var users = Substitute.For<IUserRepository>();
        var raced = User.Restore(9, "ops@example.com", "hash", "가입자", Role.Customer, 0, IdentityHarness.Start, IdentityHarness.Start);
        users.FindByEmailAsync(Arg.Any<EmailAddress>(), Arg.Any<CancellationToken>()).Returns((User?)null, raced);
        users.TryAddAsync(Arg.Any<User>(), Arg.Any<CancellationToken>()).Returns((long?)null);

        var result = await new CreateAdminService(users, _harness.Hasher, _harness.Clock).CreateAsync(new CreateAdminCommand("ops@example.com"), CancellationToken.None);

        Assert.That(result.Value, Is.EqualTo(new CreateAdminResult(9, false, null)));
        await users.Received(1).UpdateRoleAsync(9, Role.Admin, _harness.Clock.GetUtcNow(), Arg.Any<CancellationToken>());
    }

    [Test]
    public async Task A_malformed_email_is_a_field_error()
    {
        var result = await _harness.CreateAdmin().CreateAsync(new CreateAdminCommand("admin"), CancellationToken.None);

        Assert.That(result.Error!.Code, Is.EqualTo(ErrorCatalog.ValidationFailed.Code));
        Assert.That(result.Error.FieldErrors!.Keys, Is.EqualTo(new[] { "email" }));
        Assert.That(_harness.Users.Users, Is.Empty);
    }
}
