using Hexagon.Adapters.Payments.Configuration;
using Hexagon.Adapters.Persistence.Ordering;
using Hexagon.Adapters.Persistence.Payments;
using Hexagon.Adapters.Persistence.UnitOfWork;
using Hexagon.Adapters.Web.Identity.Authorization;
using Hexagon.Adapters.Web.Ordering;
using Hexagon.Adapters.Web.Pipeline;
using Hexagon.Application.Alerts.Ports;
using Hexagon.Application.Cart.Ports;
using Hexagon.Application.Checkouts.Ports;
using Hexagon.Application.Common.Ports;
using Hexagon.Application.Ordering.CancelOrder;
using Hexagon.Application.Ordering.GetOrder;
using Hexagon.Application.Ordering.ListOrders;
using Hexagon.Application.Ordering.PlaceOrder;
using Hexagon.Application.Ordering.Ports;
using Hexagon.Application.Outbox.Ports;
using Hexagon.Application.Payments;
using Hexagon.Application.Payments.Ports;
using Hexagon.Application.Payments.Refunds;
using Hexagon.Application.Promotions.Ports;
using Microsoft.Extensions.Options;

namespace Hexagon.Bootstrap.Composition;

/// <summary>
/// Orders: placement (payment confirm, one short transaction, refund on failure), history, detail and the customer's
/// cancel; refunds that always finish (tried at once, then retried by the outbox's "payment.refund" handler).
/// </summary>
public static class OrderingRegistration
{
    public static IServiceCollection AddHexagonOrdering(this IServiceCollection services)
    {
        services.AddScoped<IOrderRepository>(sp => new MySqlOrderRepository(sp.GetRequiredService<DbSession>()));
        services.AddScoped<IMenuStock>(sp => new MySqlMenuStock(sp.GetRequiredService<DbSession>()));
        services.AddScoped<IPaymentRefunds>(sp => new MySqlPaymentRefunds(sp.GetRequiredService<DbSession>()));

        services.AddScoped(sp => new PaymentRefunder(
            sp.GetRequiredService<IPaymentGateway>(),
            sp.GetRequiredService<IPaymentRefunds>(),
            sp.GetRequiredService<IPaymentRecords>(),
            sp.GetRequiredService<IOutbox>(),
            sp.GetRequiredService<IUnitOfWork>(),
            sp.GetRequiredService<IAlertSink>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<PaymentRefunder>>()));
        services.AddScoped<IOutboxHandler>(sp => new PaymentRefundHandler(
            sp.GetRequiredService<PaymentRefunder>(), sp.GetRequiredService<IPaymentRefunds>()));

        services.AddScoped<IPlaceOrder>(sp => new PlaceOrderService(
            sp.GetRequiredService<ICheckoutRepository>(),
            sp.GetRequiredService<IOrderRepository>(),
            sp.GetRequiredService<IMenuStock>(),
            sp.GetRequiredService<ICouponRepository>(),
            sp.GetRequiredService<IPointLedger>(),
            sp.GetRequiredService<ICartRepository>(),
            sp.GetRequiredService<IOutbox>(),
            sp.GetRequiredService<PaymentConfirmation>(),
            sp.GetRequiredService<PaymentRefunder>(),
            sp.GetRequiredService<IUnitOfWork>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<PlaceOrderService>>()));
        services.AddScoped<IGetOrder>(sp => new GetOrderService(sp.GetRequiredService<IOrderRepository>()));
        services.AddScoped<IListOrders>(sp => new ListOrdersService(sp.GetRequiredService<IOrderRepository>()));
        services.AddScoped<ICancelOrder>(sp => new CancelOrderService(
            sp.GetRequiredService<IOrderRepository>(),
            sp.GetRequiredService<IMenuStock>(),
            sp.GetRequiredService<ICouponRepository>(),
            sp.GetRequiredService<IPointLedger>(),
            sp.GetRequiredService<PaymentRefunder>(),
            sp.GetRequiredService<IOutbox>(),
            sp.GetRequiredService<IUnitOfWork>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<CancelOrderService>>()));
        services.AddSingleton<IEndpointModule>(sp =>
        {
            // Placing may confirm, look up and refund: three Toss budgets, plus the transaction.
            var toss = sp.GetRequiredService<IOptions<TossOptions>>().Value;
            return new OrderEndpoints(AuthorizationPolicies.Customer, (toss.OverallTimeout() * 3) + TimeSpan.FromSeconds(5));
        });
        return services;
    }
}
