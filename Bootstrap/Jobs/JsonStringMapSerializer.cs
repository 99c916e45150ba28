using System.Collections.Specialized;
using System.Text.Json;
using Quartz;
using Quartz.Spi;

namespace Hexagon.Bootstrap.Jobs;

/// <summary>
/// The job store's serializer (Quartz.Serialization.Json is not available here). With useProperties=true, Quartz
/// only ever stores job data as string-to-string maps, so that is all this writes: a plain JSON object that any
/// version of the service can read. Anything else (calendars, non-string job data) is refused loudly rather than
/// stored in a form another instance could not read back.
/// </summary>
public sealed class JsonStringMapSerializer : IObjectSerializer
{
    public void Initialize()
    {
        // Nothing to set up: the serializer is stateless.
    }

    public byte[] Serialize<T>(T obj)
        where T : class => obj switch
        {
            NameValueCollection properties => JsonSerializer.SerializeToUtf8Bytes(
                properties.AllKeys.OfType<string>().ToDictionary(key => key, key => properties[key])),
            JobDataMap map => JsonSerializer.SerializeToUtf8Bytes(map.ToDictionary(entry => entry.Key, entry => AsString(entry.Key, entry.Value))),
            _ => throw new NotSupportedException(
                $"The job store only stores string job data; {obj?.GetType().FullName ?? "null"} cannot be serialized."),
        };

    public T? DeSerialize<T>(byte[] data)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(data);
        var map = JsonSerializer.Deserialize<Dictionary<string, string?>>(data) ?? [];
        if (typeof(T).IsAssignableFrom(typeof(NameValueCollection)))
        {
            var properties = new NameValueCollection(map.Count);
            foreach (var (key, value) in map)
            {
                properties[key] = value;
            }

            return (T)(object)properties;
        }

        if (typeof(T).IsAssignableFrom(typeof(JobDataMap)))
        {
            var jobData = new JobDataMap();
            foreach (var (key, value) in map)
            {
                jobData[key] = value!;
            }

            return (T)(object)jobData;
        }

        throw new NotSupportedException($"The job store only reads string job data, not {typeof(T).FullName}.");
    }

    private static string? AsString(string key, object? value) => value switch
    {
        null => null,
        string text => text,
        _ => throw new NotSupportedException($"Job data '{key}' is a {value.GetType().Name}; only strings are stored."),
    };
}
