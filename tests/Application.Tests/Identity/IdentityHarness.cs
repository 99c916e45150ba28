using Hexagon.Application.Identity;
using Hexagon.Application.Identity.CreateAdmin;
using Hexagon.Application.Identity.LogIn;
using Hexagon.Application.Identity.LogOut;
using Hexagon.Application.Identity.RefreshTokens;
using Hexagon.Application.Identity.Sessions;
using Hexagon.Application.Identity.SignUp;
using Hexagon.Application.Identity.TwoFactor.DisableTwoFactor;
using Hexagon.Application.Identity.TwoFactor.EnableTwoFactor;
using Hexagon.Application.Identity.TwoFactor.SetUpTwoFactor;
using Hexagon.Application.Tests.Identity.Fakes;
using Hexagon.Application.Tests.Jobs;
using Hexagon.Domain.Identity;

namespace Hexagon.Application.Tests.Identity;

/// <summary>The identity services over one set of in-memory fakes, as the composition root would wire them.</summary>
internal sealed class IdentityHarness
{
    public static readonly DateTimeOffset Start = new(2025, 3, 10, 9, 0, 0, TimeSpan.Zero);
    public static readonly IdentityTokenLifetimes Lifetimes = new(TimeSpan.FromMinutes(30), TimeSpan.FromDays(14));

    public IdentityHarness()
    {
        UnitOfWork = new InMemoryUnitOfWork(Users, Sessions);
        Hasher = new FakePasswordHasher(() => UnitOfWork.InTransaction);
        TwoFactor = new InMemoryTwoFactorRepository(Users);
    }

    public ManualTimeProvider Clock { get; } = new(Start);

    public InMemoryUserRepository Users { get; } = new();

    public InMemoryRefreshSessionRepository Sessions { get; } = new();

    public InMemoryDeviceTokenRepository DeviceTokens { get; } = new();

    public InMemoryUnitOfWork UnitOfWork { get; }

    public InMemoryTwoFactorRepository TwoFactor { get; }

    public FakeSecretProtector Protector { get; } = new();

    public FakePasswordHasher Hasher { get; }

    public FakeAccessTokenIssuer AccessTokens { get; } = new(Lifetimes.AccessToken);

    public DummyPasswordHash Dummy { get; } = new();

    public SignUpService SignUp() => new(Users, Sessions, Hasher, AccessTokens, UnitOfWork, Lifetimes, Clock);

    public LogInService LogIn() => new(Users, Sessions, Hasher, Dummy, AccessTokens, TwoFactor, Protector, UnitOfWork, Lifetimes, Clock);

    public RefreshTokensService Refresh() => new(Users, Sessions, AccessTokens, UnitOfWork, Lifetimes, Clock);

    public LogOutService LogOut() => new(Sessions, UnitOfWork, Clock);

    public SetUpTwoFactorService SetUpTwoFactor() => new(Users, TwoFactor, Protector, "Hexagon", Clock);

    public EnableTwoFactorService EnableTwoFactor() => new(TwoFactor, Protector, Clock);

    public DisableTwoFactorService DisableTwoFactor() => new(TwoFactor, Protector, Clock);

    public CreateAdminService CreateAdmin() => new(Users, Hasher, Clock);

    /// <summary>Signs a customer up through the real service and returns the tokens it answered.</summary>
    public async Task<AuthTokens> SignedUpAsync(string email = "kim@example.com", string password = "correct horse", string? deviceId = "device-1")
    {
        var result = await SignUp().SignUpAsync(new SignUpCommand(email, password, "민지", deviceId, "HexagonApp/1.0"), CancellationToken.None);
        return result.Value;
    }

    public Task<Domain.Common.Result<AuthTokens>> RefreshAsync(string refreshToken) =>
        Refresh().RefreshAsync(new RefreshTokensCommand(refreshToken, "HexagonApp/1.0"), CancellationToken.None);

    public Task<Domain.Common.Result<AuthTokens>> LogInAsync(string email, string password) =>
        LogIn().LogInAsync(new LogInCommand(email, password, "device-2", null, "HexagonApp/1.0"), CancellationToken.None);

    public Task<Domain.Common.Result<AuthTokens>> LogInAsync(string email, string password, string? otpCode) =>
        LogIn().LogInAsync(new LogInCommand(email, password, "device-2", otpCode, "HexagonApp/1.0"), CancellationToken.None);

    public Task<Domain.Common.Result> LogOutAsync(string refreshToken) =>
        LogOut().LogOutAsync(new LogOutCommand(refreshToken), CancellationToken.None);

    public RefreshSession SessionOf(string refreshToken) => Sessions.ByToken(refreshToken);
}
