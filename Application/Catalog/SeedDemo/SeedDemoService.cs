using System.Diagnostics;
using Hexagon.Application.Catalog.Ports;
using Hexagon.Application.Common.Ports;
using Hexagon.Application.Identity.Ports;
using Hexagon.Application.Promotions.Ports;
using Hexagon.Application.Promotions.SeedDemo;
using Hexagon.Domain.Identity;

namespace Hexagon.Application.Catalog.SeedDemo;

/// <summary>
/// Seeds an empty catalog in batches, each in its own unit of work: a transaction of 10,000 stores would hold its locks
/// and undo log for the whole run, and a retried deadlock would redo all of it. A run that dies half-way leaves some
/// stores behind, and the next run then sees a seeded catalog: `--seed-demo` is for empty (throwaway) databases.
/// After the catalog, the demo customer's points and coupons are written in one more unit of work (the store coupon
/// needs its store). Without a promotions writer only the balance is set, as before promotions existed: the
/// catalog-only callers (and their tests) keep working unchanged.
/// </summary>
public sealed class SeedDemoService(
    IDemoDataWriter writer,
    IUserRepository users,
    IPasswordHasher passwordHasher,
    IUnitOfWork unitOfWork,
    TimeProvider timeProvider,
    IDemoPromotionsWriter? promotions = null) : ISeedDemoData
{
    public const string DemoCustomerEmail = "demo@hexagon.local";
    public const string DemoCustomerPassword = "demo-password-1234";
    public const string DemoCustomerNickname = "데모고객";
    public const long DemoCustomerPoints = DemoPromotions.WelcomePoints;

    /// <summary>Stores per unit of work; with their menus and options about 35 rows each.</summary>
    public const int StoresPerBatch = 250;

    public async Task<SeedDemoResult> SeedAsync(SeedDemoCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentOutOfRangeException.ThrowIfNegative(command.Stores);
        if (await writer.AnyStoreExistsAsync(cancellationToken).ConfigureAwait(false))
        {
            return new SeedDemoResult(0, 0, DemoCustomerEmail, DemoCustomerPassword, AlreadySeeded: true);
        }

        var customerId = await EnsureDemoCustomerAsync(cancellationToken).ConfigureAwait(false);
        var (stores, menus) = (0, 0);
        var now = timeProvider.GetUtcNow();
        DemoStore? couponStore = null;
        foreach (var batch in DemoCatalogGenerator.Generate(command.Stores, command.Seed).Chunk(StoresPerBatch))
        {
            await unitOfWork.ExecuteAsync(
                async token =>
                {
                    await writer.WriteAsync(batch, now, token).ConfigureAwait(false);
                    return true;
                },
                cancellationToken).ConfigureAwait(false);
            stores += batch.Length;
            menus += batch.Sum(store => store.Menus.Count);
            couponStore ??= batch.FirstOrDefault(store => store.Status == "OPEN");
        }

        await SeedPromotionsAsync(customerId, couponStore, cancellationToken).ConfigureAwait(false);

        return new SeedDemoResult(stores, menus, DemoCustomerEmail, DemoCustomerPassword, AlreadySeeded: false);
    }

    /// <summary>Creates the demo customer through the identity ports (same hashing as a sign-up); returns its id.</summary>
    private async Task<long> EnsureDemoCustomerAsync(CancellationToken cancellationToken)
    {
        var email = EmailAddress.Create(DemoCustomerEmail).Value;
        var existing = await users.FindByEmailAsync(email, cancellationToken).ConfigureAwait(false);
        var userId = existing?.Id;
        if (userId is null)
        {
            var hash = await passwordHasher.HashAsync(DemoCustomerPassword, cancellationToken).ConfigureAwait(false);
            var user = User.Register(email, hash, Nickname.Create(DemoCustomerNickname).Value, Role.Customer, timeProvider.GetUtcNow());
            userId = await users.TryAddAsync(user, cancellationToken).ConfigureAwait(false)
                ?? (await users.FindByEmailAsync(email, cancellationToken).ConfigureAwait(false))?.Id
                ?? throw new UnreachableException("The demo email was reported taken, but no account has it.");
        }

        return userId.Value;
    }

    /// <summary>
    /// Sets the balance (not adds to it) and records it as the welcome grant, with coupons, in one unit of work: the
    /// ledger's balance after is the balance. The store coupon is for the first open demo store, so it can be used.
    /// </summary>
    private async Task SeedPromotionsAsync(long customerId, DemoStore? couponStore, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        await unitOfWork.ExecuteAsync(
            async token =>
            {
                await writer.SetPointBalanceAsync(customerId, DemoCustomerPoints, now, token).ConfigureAwait(false);
                if (promotions is not null)
                {
                    await promotions.RecordWelcomePointsAsync(customerId, DemoCustomerPoints, DemoPromotions.WelcomePointsReason, now, token).ConfigureAwait(false);
                    await promotions.IssueCouponsAsync(customerId, DemoPromotions.Coupons(couponStore?.Id, couponStore?.Name, now), now, token).ConfigureAwait(false);
                }

                return true;
            },
            cancellationToken).ConfigureAwait(false);
    }
}
