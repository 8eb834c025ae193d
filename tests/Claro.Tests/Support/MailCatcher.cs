using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.ComponentModel;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Claro.Tests.Support;

/// <summary>
/// A real SMTP server in the test process (the SmtpServer package) on a loopback port of its own: the site sends
/// to it through MailKit exactly as to the department's server, and tests read what arrived. It can be stopped
/// and started again on the same port, as a mail server that goes away for a while.
/// </summary>
public sealed class MailCatcher : IDisposable
{
    private readonly ConcurrentQueue<MimeMessage> _received = new();
    private CancellationTokenSource? _running;
    private Task? _server;

    public MailCatcher(bool start = true)
    {
        Port = FreePort();
        if (start)
        {
            Start();
        }
    }

    public int Port { get; }

    public IReadOnlyCollection<MimeMessage> Received => _received;

    /// <summary>Called with each mail before the server acknowledges it: a slow server is one whose mails take time here.</summary>
    public Action<MimeMessage>? Receiving { get; set; }

    /// <summary>The settings that point the site's mail at this server.</summary>
    public Dictionary<string, string?> Settings => new()
    {
        ["Claro:Mail:Host"] = "127.0.0.1",
        ["Claro:Mail:Port"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Claro:Mail:UseTls"] = "false",
        ["Claro:Mail:From"] = "claro@kcpd.org",
        ["Claro:Mail:SendInterval"] = "00:01:00",
        ["Claro:SchedulerInterval"] = "00:10:00",
        ["Claro:Mail:FirstRetryAfter"] = "00:05:00",
        ["Claro:PublicBaseUrl"] = "https://kcpd.org",
    };

    public void Start()
    {
        var options = new SmtpServerOptionsBuilder().ServerName("localhost").Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, Port))).Build();
        var services = new ServiceProvider();
        services.Add(new Store(this));
        _running = new CancellationTokenSource();
        _server = new SmtpServer.SmtpServer(options, services).StartAsync(_running.Token);
    }

    public void Stop()
    {
        _running?.Cancel();
        try
        {
            _server?.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
        }

        _running = null;
        _server = null;
    }

    /// <summary>The mails sent to <paramref name="to"/> so far.</summary>
    public IReadOnlyList<MimeMessage> To(string to) =>
        _received.Where(m => m.To.Mailboxes.Any(a => string.Equals(a.Address, to, StringComparison.OrdinalIgnoreCase))).ToList();

    public void Dispose() => Stop();

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class Store(MailCatcher catcher) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            await using var stream = new MemoryStream(buffer.ToArray());
            var message = await MimeMessage.LoadAsync(stream, cancellationToken);
            catcher.Receiving?.Invoke(message);
            catcher._received.Enqueue(message);
            return SmtpResponse.Ok;
        }
    }
}
