using Hexagon.Adapters.Persistence.Identity;
using Hexagon.Adapters.Persistence.UnitOfWork;
using Hexagon.Application.Identity;
using Hexagon.Application.Identity.Ports;
using Hexagon.Application.Identity.RefreshTokens;
using Hexagon.Application.Identity.Sessions;
using Hexagon.Application.Identity.SignUp;
using Hexagon.Integration.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;

namespace Hexagon.Integration.Tests.Identity.Persistence;

/// <summary>
/// What one request scope holds, built by hand: its own DbSession (connection and transaction), the real unit of work
/// and repositories, and the services over them. Two graphs are two concurrent requests.
/// </summary>
internal sealed class IdentityGraph : IAsyncDisposable
{
    public static readonly IdentityTokenLifetimes Lifetimes = new(TimeSpan.FromMinutes(30), TimeSpan.FromDays(14));

    public IdentityGraph(ThrowawayDatabase database, TimeProvider clock, Func<IUserRepository, IUserRepository>? decorateUsers = null)
    {
        Clock = clock;
        Session = new DbSession(database.ConnectionFactory());
        UnitOfWork = new MySqlUnitOfWork(Session, new TransientRetryPolicy(3, TimeSpan.Zero, TimeSpan.Zero), NullLogger<MySqlUnitOfWork>.Instance);
        var users = new MySqlUserRepository(Session);
        Users = decorateUsers?.Invoke(users) ?? users;
        Sessions = new MySqlRefreshSessionRepository(Session);
        DeviceTokens = new MySqlDeviceTokenRepository(Session);
    }

    public TimeProvider Clock { get; }

    public DbSession Session { get; }

    public MySqlUnitOfWork UnitOfWork { get; }

    public IUserRepository Users { get; }

    public MySqlRefreshSessionRepository Sessions { get; }

    public MySqlDeviceTokenRepository DeviceTokens { get; }

    public SignUpService SignUp() =>
        new(Users, Sessions, new SaltedSha256PasswordHasher(), new StubAccessTokenIssuer(), UnitOfWork, Lifetimes, Clock);

    public RefreshTokensService Refresh() => new(Users, Sessions, new StubAccessTokenIssuer(), UnitOfWork, Lifetimes, Clock);

    public Task<Domain.Common.Result<AuthTokens>> SignUpAsync(string email) =>
        SignUp().SignUpAsync(new SignUpCommand(email, "correct horse", "민지", "device-1", "HexagonApp/1.0"), CancellationToken.None);

    public Task<Domain.Common.Result<AuthTokens>> RefreshAsync(string refreshToken) =>
        Refresh().RefreshAsync(new RefreshTokensCommand(refreshToken, "HexagonApp/1.0"), CancellationToken.None);

    /// <summary>The token_hash column value of a token, for raw queries.</summary>
    public static byte[] HashOf(string refreshToken) => RefreshTokenFactory.Hash(refreshToken).ToArray();

    public ValueTask DisposeAsync() => Session.DisposeAsync();
}
