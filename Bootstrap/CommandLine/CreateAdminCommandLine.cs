using Hexagon.Application.Identity.CreateAdmin;

namespace Hexagon.Bootstrap.CommandLine;

/// <summary>
/// `Bootstrap --create-admin email`: the only way an ADMIN comes to exist. Promotes an existing account, or creates
/// one and prints its generated password once, to this terminal only (never to a log).
/// </summary>
public static class CreateAdminCommandLine
{
    public const string Flag = "--create-admin";

    /// <summary>The email after the flag, or null when the flag is absent; throws when the flag has no value.</summary>
    public static string? EmailFrom(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var index = Array.IndexOf(args, Flag);
        if (index < 0)
        {
            return null;
        }

        return index + 1 < args.Length ? args[index + 1] : throw new ArgumentException($"{Flag} needs an email: {Flag} admin@example.com");
    }

    public static async Task<int> RunAsync(IServiceProvider services, string email, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(output);
        await using var scope = services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<ICreateAdmin>()
            .CreateAsync(new CreateAdminCommand(email), cancellationToken).ConfigureAwait(false);
        if (!result.IsSuccess)
        {
            var fields = result.Error.FieldErrors is { } errors ? " " + string.Join("; ", errors.SelectMany(field => field.Value)) : "";
            await output.WriteLineAsync($"create-admin failed: {result.Error.Code} {result.Error.Message}{fields}").ConfigureAwait(false);
            return 1;
        }

        var admin = result.Value;
        await output.WriteLineAsync(admin.Created
            ? $"Created ADMIN user {admin.UserId} <{email.Trim().ToLowerInvariant()}>. Password (shown once, change it after the first login): {admin.GeneratedPassword}"
            : $"User {admin.UserId} <{email.Trim().ToLowerInvariant()}> is now an ADMIN.").ConfigureAwait(false);
        return 0;
    }
}
