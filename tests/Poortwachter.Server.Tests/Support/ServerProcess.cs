using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Poortwachter.Server.Tests.Support;

/// <summary>
/// The service as its own process (<c>dotnet Poortwachter.Server.dll</c>) on a loopback port, speaking HTTP/2 without
/// TLS (so .NET's client reads a batch's results while it still sends the body), with a content root of its own
/// (its appsettings.json) and environment variables. Linux only: <see cref="Signal"/> sends a POSIX signal to the
/// process by the <see cref="Process"/> object's id.
/// </summary>
public sealed class ServerProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr = new();

    private ServerProcess(Process process, int port)
    {
        _process = process;
        Port = port;
        _process.OutputDataReceived += (_, e) => Append(_stdout, e.Data);
        _process.ErrorDataReceived += (_, e) => Append(_stderr, e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>Gets the loopback port the service listens on.</summary>
    public int Port { get; }

    /// <summary>Gets the exit code, once the process ended.</summary>
    public int ExitCode => _process.ExitCode;

    /// <summary>Gets what the process wrote to standard output so far.</summary>
    public string Output
    {
        get
        {
            lock (_stdout)
            {
                return _stdout.ToString();
            }
        }
    }

    /// <summary>Gets what the process wrote to standard error so far.</summary>
    public string Errors
    {
        get
        {
            lock (_stderr)
            {
                return _stderr.ToString();
            }
        }
    }

    /// <summary>Starts the service with an appsettings.json of its own and environment variables, and waits until it is ready.</summary>
    public static async Task<ServerProcess> Start(string? appsettings, IReadOnlyDictionary<string, string> environment)
    {
        var process = Launch(appsettings, environment);
        await process.WaitReady();
        return process;
    }

    /// <summary>Starts the service with an appsettings.json of its own and environment variables, without waiting.</summary>
    public static ServerProcess Launch(string? appsettings, IReadOnlyDictionary<string, string> environment)
    {
        var root = Directory.CreateTempSubdirectory("poortwachter-server-").FullName;
        if (appsettings is not null)
        {
            File.WriteAllText(Path.Combine(root, "appsettings.json"), appsettings);
        }

        var port = FreePort();
        var server = Path.Combine(AppContext.BaseDirectory, "Poortwachter.Server.dll");
        var start = new ProcessStartInfo("dotnet", [server, "--urls", $"http://127.0.0.1:{port}", "--contentRoot", root])
        {
            UseShellExecute = false,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = root,
        };
        start.Environment["Kestrel__EndpointDefaults__Protocols"] = "Http2";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        return new ServerProcess(Process.Start(start)!, port);
    }

    /// <summary>A client of the service over HTTP/2 without TLS.</summary>
    public HttpClient Client() =>
        new(new SocketsHttpHandler())
        {
            BaseAddress = new Uri($"http://127.0.0.1:{Port}"),
            DefaultRequestVersion = HttpVersion.Version20,
            DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Timeout = TimeSpan.FromSeconds(60),
        };

    /// <summary>Sends a POSIX signal (15 SIGTERM, 2 SIGINT) to the process.</summary>
    public void Signal(int signal)
    {
        if (Kill(_process.Id, signal) != 0)
        {
            throw new InvalidOperationException($"kill({_process.Id}, {signal}) failed: errno {Marshal.GetLastWin32Error()}.");
        }
    }

    /// <summary>Waits for the process to end; true when it did within the time.</summary>
    public async Task<bool> WaitForExit(TimeSpan patience)
    {
        using var cancel = new CancellationTokenSource(patience);
        try
        {
            await _process.WaitForExitAsync(cancel.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }

        _process.Dispose();
    }

    private async Task WaitReady()
    {
        using var client = Client();
        client.Timeout = TimeSpan.FromSeconds(5);
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The service ended at start with {_process.ExitCode}: {Errors}");
            }

            try
            {
                using var ready = await client.GetAsync("/health/ready");
                if (ready.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"The service was not ready within 60 seconds: {Output} {Errors}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void Append(StringBuilder to, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (to)
        {
            to.AppendLine(line);
        }
    }

#pragma warning disable CA5392, SYSLIB1054 // libc's kill(2), by name: a plain call of blittable arguments.
    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
#pragma warning restore CA5392, SYSLIB1054
}
