using Hexagon.Adapters.Persistence.Outbox;
using Hexagon.Adapters.Persistence.UnitOfWork;
using Hexagon.Adapters.Web.Outbox;
using Hexagon.Adapters.Web.Pipeline;
using Hexagon.Application.Common.Ports;
using Hexagon.Application.Jobs.RecordJobRun;
using Hexagon.Application.Outbox.ListDeadLetters;
using Hexagon.Application.Outbox.Ports;
using Hexagon.Application.Outbox.RelayOutbox;
using Hexagon.Application.Outbox.RequeueDeadLetter;
using Hexagon.Bootstrap.Jobs;
using Microsoft.Extensions.Options;

namespace Hexagon.Bootstrap.Composition;

/// <summary>
/// The transactional outbox: the port use cases write to, the relay (a use case run by <see cref="OutboxRelayJob"/>),
/// and the operators' dead-letter endpoints. Handlers are registered by their features as <see cref="IOutboxHandler"/>
/// (any number, one per type); dead-letter observers (operator alerts) as <see cref="IOutboxDeadLetterObserver"/>.
/// </summary>
public static class OutboxRegistration
{
    public static IServiceCollection AddHexagonOutbox(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddValidatedOptions<OutboxOptions>(configuration, OutboxOptions.Section);

        // Writers and stores share the scope's DbSession, so an enqueue joins the caller's unit of work.
        services.AddScoped<IOutbox>(sp => new MySqlOutbox(sp.GetRequiredService<DbSession>(), sp.GetRequiredService<TimeProvider>()));
        services.AddScoped<IOutboxStore>(sp => new MySqlOutboxStore(sp.GetRequiredService<DbSession>()));
        services.AddScoped<IOutboxDeadLetters>(sp => new MySqlOutboxDeadLetters(sp.GetRequiredService<DbSession>()));

        services.AddSingleton(sp => sp.GetRequiredService<IOptions<OutboxOptions>>().Value.ToRelaySettings());
        services.AddSingleton(sp =>
        {
            var settings = sp.GetRequiredService<OutboxRelaySettings>();
            return new OutboxBackoff(settings.BaseDelay, settings.MaxDelay);
        });

        // Scoped: handlers may use the scope's unit of work (a refund records itself in payments).
        services.AddScoped(sp => new OutboxDispatcher(
            sp.GetServices<IOutboxHandler>(),
            sp.GetRequiredService<ILogger<OutboxDispatcher>>()));
        services.AddScoped(sp => new OutboxOutcomeRecorder(
            sp.GetRequiredService<IOutboxStore>(),
            sp.GetServices<IOutboxDeadLetterObserver>(),
            sp.GetRequiredService<OutboxBackoff>(),
            sp.GetRequiredService<OutboxRelaySettings>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<OutboxOutcomeRecorder>>()));
        services.AddScoped<IRelayOutbox>(sp => new RelayOutboxService(
            sp.GetRequiredService<IOutboxStore>(),
            sp.GetRequiredService<IUnitOfWork>(),
            sp.GetRequiredService<OutboxDispatcher>(),
            sp.GetRequiredService<OutboxOutcomeRecorder>(),
            sp.GetRequiredService<OutboxRelaySettings>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<RelayOutboxService>>()));

        services.AddScoped<IListDeadLetters>(sp => new ListDeadLettersService(sp.GetRequiredService<IOutboxDeadLetters>()));
        services.AddScoped<IRequeueDeadLetter>(sp => new RequeueDeadLetterService(
            sp.GetRequiredService<IOutboxDeadLetters>(),
            sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IEndpointModule>(_ => new OutboxEndpointModule());

        // The job; JobsRegistration schedules it (OutboxRelayJob.Schedule) with the other jobs.
        services.AddScoped(sp => new OutboxRelayJob(
            sp.GetRequiredService<IRecordJobRun>(),
            sp.GetRequiredService<IRelayOutbox>(),
            sp.GetRequiredService<IOptions<OutboxOptions>>()));
        return services;
    }
}
