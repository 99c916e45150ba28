using Hexagon.Application.Identity.Ports;

namespace Hexagon.Application.Tests.Identity.Fakes;

/// <summary>
/// "Protects" by prefixing the user id and reversing the bytes: enough to prove the services never store the plain
/// secret and always unprotect with the right user. The real AES-GCM adapter is tested in Integration.Tests.
/// </summary>
internal sealed class FakeSecretProtector : ISecretProtector
{
    public byte[] Protect(byte[] plain, long userId) => [.. BitConverter.GetBytes(userId), .. plain.Reverse()];

    public byte[]? Unprotect(byte[] protectedBytes, long userId) =>
        BitConverter.ToInt64(protectedBytes, 0) == userId ? [.. protectedBytes.Skip(8).Reverse()] : null;
}
