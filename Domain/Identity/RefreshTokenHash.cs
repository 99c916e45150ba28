namespace Hexagon.Domain.Identity;

/// <summary>
/// The SHA-256 of a refresh token: all the server keeps of it, so a leaked table cannot be replayed as sessions.
/// Compared by value.
/// </summary>
public sealed class RefreshTokenHash : IEquatable<RefreshTokenHash>
{
    public const int Length = 32;

    private readonly byte[] _bytes;

    private RefreshTokenHash(byte[] bytes) => _bytes = bytes;

    public static RefreshTokenHash FromBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != Length)
        {
            throw new ArgumentException($"A refresh token hash is {Length} bytes, not {bytes.Length}.", nameof(bytes));
        }

        return new RefreshTokenHash(bytes.ToArray());
    }

    /// <summary>A copy of the bytes, for storage.</summary>
    public byte[] ToArray() => (byte[])_bytes.Clone();

    public bool Equals(RefreshTokenHash? other) => other is not null && _bytes.AsSpan().SequenceEqual(other._bytes);

    public override bool Equals(object? obj) => Equals(obj as RefreshTokenHash);

    public override int GetHashCode() => BitConverter.ToInt32(_bytes, 0);

    public override string ToString() => Convert.ToHexString(_bytes);
}
