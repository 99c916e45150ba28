using System.Security.Cryptography;
using System.Text;
using Hexagon.Application.Identity.Ports;
using Microsoft.Extensions.Logging;

namespace Hexagon.Adapters.Web.Identity.Passwords;

/// <summary>
/// Argon2id through the reference C library. Each hash costs MemoryKiB of memory and tens of milliseconds of one core,
/// so at most MaxConcurrentHashes run at once (a login burst queues instead of exhausting memory), and they run on
/// the thread pool, off the request's thread. Nothing here logs a password or a hash.
/// </summary>
public sealed partial class Argon2idPasswordHasher : IPasswordHasher, IDisposable
{
    private readonly PasswordHashingOptions _options;
    private readonly Argon2Parameters _configured;
    private readonly ILogger _logger;
    private readonly IArgon2 _argon2;
    private readonly SemaphoreSlim _gate;

    public Argon2idPasswordHasher(PasswordHashingOptions options, ILogger<Argon2idPasswordHasher> logger)
        : this(options, logger, NativeArgon2.Instance)
    {
    }

    internal Argon2idPasswordHasher(PasswordHashingOptions options, ILogger logger, IArgon2 argon2)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        _options = options;
        _configured = Argon2Parameters.From(options);
        _logger = logger;
        _argon2 = argon2;
        _gate = new SemaphoreSlim(options.MaxConcurrentHashes, options.MaxConcurrentHashes);
    }

    public Task<string> HashAsync(string password, CancellationToken cancellationToken) =>
        HashAsync(password, RandomNumberGenerator.GetBytes(_options.SaltLength), cancellationToken);

    /// <summary>With a chosen salt: for known-answer tests only; the service always draws a fresh random salt.</summary>
    internal Task<string> HashAsync(string password, byte[] salt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(password);
        ArgumentNullException.ThrowIfNull(salt);
        return RunBoundedAsync(password, bytes => _argon2.HashEncoded(_configured, _options.HashLength, bytes, salt), cancellationToken);
    }

    public async Task<PasswordVerification> VerifyAsync(string password, string encodedHash, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(password);
        if (!Argon2Parameters.TryParse(encodedHash, out var stored))
        {
            // A stored value we never wrote: the login fails like a wrong password, and an operator hears of it.
            LogUnreadableHash(_logger, "not an Argon2id v19 hash within the allowed costs");
            return new PasswordVerification(Matches: false, NeedsRehash: false);
        }

        var outcome = await RunBoundedAsync(password, bytes => _argon2.Verify(encodedHash, bytes), cancellationToken).ConfigureAwait(false);
        if (outcome == Argon2VerifyOutcome.Unreadable)
        {
            LogUnreadableHash(_logger, "rejected by libargon2");
        }

        var matches = outcome == Argon2VerifyOutcome.Match;
        return new PasswordVerification(matches, NeedsRehash: matches && stored != _configured);
    }

    public void Dispose() => _gate.Dispose();

    private async Task<T> RunBoundedAsync<T>(string password, Func<byte[], T> operation, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Once started, the native call runs to its end even if the caller gives up; awaiting it before Release
            // keeps the bound true. A cancellation while still queued skips the work.
            return await Task.Run(() => WithPasswordBytes(password, operation), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    private static T WithPasswordBytes<T>(string password, Func<byte[], T> operation)
    {
        // Pinned so the GC never leaves a moved copy behind; zeroed after use. The string itself cannot be wiped.
        var bytes = GC.AllocateArray<byte>(Encoding.UTF8.GetByteCount(password), pinned: true);
        try
        {
            Encoding.UTF8.GetBytes(password, bytes);
            return operation(bytes);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(bytes);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A stored password hash could not be read ({Reason}); the login fails as a wrong password")]
    private static partial void LogUnreadableHash(ILogger logger, string reason);
}
