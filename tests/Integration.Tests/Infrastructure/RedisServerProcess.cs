using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Hexagon.Integration.Tests.Infrastructure;

/// <summary>
/// A throwaway redis-server of the test's own, on a free loopback port, for tests that stop and start Redis
/// without disturbing the shared one.
/// </summary>
public sealed class RedisServerProcess : IDisposable
{
    private Process? _process;

    public RedisServerProcess() => Port = FreePort();

    public int Port { get; }

    public string Configuration => $"127.0.0.1:{Port},abortConnect=false,connectTimeout=1000";

    public void Start()
    {
        _process = Process.Start(new ProcessStartInfo("redis-server", $"--port {Port} --bind 127.0.0.1 --save \"\" --appendonly no")
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException("redis-server did not start");
        _process.OutputDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!Answers())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException($"redis-server did not listen on {Port} within 10 s");
            }

            Thread.Sleep(50);
        }
    }

    public void Stop()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill();
            _process.WaitForExit(5_000);
        }

        _process?.Dispose();
        _process = null;
    }

    public void Dispose() => Stop();

    private bool Answers()
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, Port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
