namespace Hexagon.Application.Tests.Identity.Fakes;

/// <summary>An in-memory store that <see cref="InMemoryUnitOfWork"/> can roll back, as a database transaction would.</summary>
internal interface ITransactionalFake
{
    object Snapshot();

    void Restore(object snapshot);
}
