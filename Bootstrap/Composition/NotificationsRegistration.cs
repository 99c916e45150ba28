using Hexagon.Adapters.Notifications.Alerts;
using Hexagon.Adapters.Notifications.Configuration;
using Hexagon.Adapters.Notifications.Fcm;
using Hexagon.Adapters.Persistence.Notifications;
using Hexagon.Adapters.Persistence.UnitOfWork;
using Hexagon.Adapters.Web.Identity.Authorization;
using Hexagon.Adapters.Web.Notifications;
using Hexagon.Adapters.Web.Pipeline;
using Hexagon.Application.Alerts;
using Hexagon.Application.Alerts.Ports;
using Hexagon.Application.Notifications.CountUnreadNotifications;
using Hexagon.Application.Notifications.ListNotifications;
using Hexagon.Application.Notifications.MarkNotificationRead;
using Hexagon.Application.Notifications.OrderPaidPush;
using Hexagon.Application.Notifications.Ports;
using Hexagon.Application.Outbox.Ports;
using Microsoft.Extensions.Options;

namespace Hexagon.Bootstrap.Composition;

/// <summary>
/// In-app notifications, the FCM push adapter and the "push.order-paid" outbox handler, and operator alerts (a
/// Slack-style webhook; also the outbox's dead-letter observer). Anything may take <see cref="IAlertSink"/> and raise
/// one of <see cref="OperatorAlerts"/>: it never throws.
/// </summary>
public static class NotificationsRegistration
{
    private static readonly TimeSpan FcmTimeout = TimeSpan.FromSeconds(10);

    public static IServiceCollection AddHexagonNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        AddAlerts(services, configuration);
        AddPush(services, configuration);

        services.AddScoped<INotificationRepository>(sp => new MySqlNotificationRepository(sp.GetRequiredService<DbSession>()));
        services.AddScoped<IStoreNames>(sp => new MySqlStoreNames(sp.GetRequiredService<DbSession>()));
        services.AddScoped<IPushTokens>(sp => new MySqlPushTokens(sp.GetRequiredService<DbSession>()));

        services.AddScoped<IListNotifications>(sp => new ListNotificationsService(sp.GetRequiredService<INotificationRepository>()));
        services.AddScoped<IMarkNotificationRead>(sp => new MarkNotificationReadService(
            sp.GetRequiredService<INotificationRepository>(),
            sp.GetRequiredService<TimeProvider>()));
        services.AddScoped<ICountUnreadNotifications>(sp => new CountUnreadNotificationsService(sp.GetRequiredService<INotificationRepository>()));
        services.AddScoped<IOutboxHandler>(sp => new OrderPaidPushHandler(
            sp.GetRequiredService<INotificationRepository>(),
            sp.GetRequiredService<IStoreNames>(),
            sp.GetRequiredService<IPushTokens>(),
            sp.GetRequiredService<IPushSender>(),
            sp.GetRequiredService<IAlertSink>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<OrderPaidPushHandler>>()));
        services.AddSingleton<IEndpointModule>(_ => new NotificationEndpoints(AuthorizationPolicies.Customer));
        return services;
    }

    private static void AddAlerts(IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<AlertsOptions>(configuration, AlertsOptions.Section);
        services.AddSingleton(sp => new AlertThrottle(
            sp.GetRequiredService<IOptions<AlertsOptions>>().Value.RepeatInterval,
            sp.GetRequiredService<TimeProvider>()));
        services.AddHttpClient<IAlertSink, SlackWebhookAlertSink>((client, sp) =>
        {
            var options = sp.GetRequiredService<IOptions<AlertsOptions>>().Value;
            client.Timeout = TimeSpan.FromSeconds(5);
            return new SlackWebhookAlertSink(
                client,
                options.WebhookUri(),
                sp.GetRequiredService<AlertThrottle>(),
                sp.GetRequiredService<ILogger<SlackWebhookAlertSink>>());
        });
        services.AddScoped<IOutboxDeadLetterObserver>(sp => new DeadLetterAlerter(sp.GetRequiredService<IAlertSink>()));
    }

    private static void AddPush(IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<FcmOptions>(configuration, FcmOptions.Section);
        services.AddHttpClient(FcmAccessTokenSource.HttpClientName, client => client.Timeout = FcmTimeout);
        services.AddSingleton(sp =>
        {
            var factory = sp.GetRequiredService<IHttpClientFactory>();
            return new FcmAccessTokenSource(
                () => factory.CreateClient(FcmAccessTokenSource.HttpClientName),
                sp.GetRequiredService<IOptions<FcmOptions>>().Value,
                sp.GetRequiredService<TimeProvider>());
        });
        services.AddHttpClient<IPushSender, FcmPushSender>((client, sp) =>
        {
            var options = sp.GetRequiredService<IOptions<FcmOptions>>().Value;
            client.BaseAddress = new Uri(options.BaseUrl.TrimEnd('/') + "/");
            client.Timeout = FcmTimeout;
            return new FcmPushSender(
                client,
                sp.GetRequiredService<FcmAccessTokenSource>(),
                options,
                sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<ILogger<FcmPushSender>>());
        });
    }
}
