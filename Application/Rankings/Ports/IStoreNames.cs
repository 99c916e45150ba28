namespace Hexagon.Application.Rankings.Ports;

/// <summary>Store names by id (MySQL), for labelling a ranking; ids without a store are left out of the answer.</summary>
public interface IStoreNames
{
    Task<IReadOnlyDictionary<long, string>> NamesAsync(IReadOnlyCollection<long> storeIds, CancellationToken cancellationToken);
}
