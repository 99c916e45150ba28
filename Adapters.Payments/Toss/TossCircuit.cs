using Polly;

namespace Hexagon.Adapters.Payments.Toss;

/// <summary>
/// Holds the one resilience pipeline of the Toss client, so the circuit breaker's state is shared by every request
/// (HttpClientFactory creates handlers per client lifetime; the circuit must outlive them). Register as a singleton.
/// </summary>
public sealed class TossCircuit(TossResilienceSettings settings)
{
    private readonly ResiliencePipeline<HttpResponseMessage> pipeline = TossResilienceHandler.CreatePipeline(settings);

    public DelegatingHandler CreateHandler() => new TossResilienceHandler(pipeline);
}
