using System.Buffers;
using System.Globalization;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace IpsMonitor.Tests.Infrastructure;

/// <summary>
/// A real SMTP server in the test process (the SmtpServer package) on a free loopback port: the app's MailKit client
/// speaks the real protocol to it, and every mail is kept parsed, with the moment (on the test's clock) it arrived.
/// </summary>
internal sealed class TestSmtp : IAsyncDisposable
{
    public sealed record Mail(string To, string Subject, string Text, string? MessageId, DateTimeOffset ReceivedAt)
    {
        public string? FromName { get; init; }
        public string? Html { get; init; }
    }

    private readonly SmtpServer.SmtpServer server;
    private readonly CancellationTokenSource stop = new();
    private readonly Task running;
    private readonly List<Mail> mails = [];

    private TestSmtp(int port, TimeProvider clock)
    {
        Port = port;
        var options = new SmtpServerOptionsBuilder().ServerName("localhost")
            .Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, port))).Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(this, clock));
        server = new SmtpServer.SmtpServer(options, services);
        server.SessionCreated += (_, _) => SessionCreated?.Invoke();
        running = server.StartAsync(stop.Token);
    }

    public int Port { get; }

    /// <summary>Called when a client connects, before it may send anything: where a test kills the sender.</summary>
    public Action? SessionCreated { get; set; }

    public IReadOnlyList<Mail> Mails
    {
        get
        {
            lock (mails)
                return [.. mails];
        }
    }

    public IReadOnlyList<Mail> To(string address) => Mails.Where(m => m.To == address).ToList();

    /// <summary>The settings that point the app at this server.</summary>
    public Dictionary<string, string?> Settings() => new()
    {
        ["Smtp:Host"] = "127.0.0.1",
        ["Smtp:Port"] = Port.ToString(CultureInfo.InvariantCulture),
        ["Smtp:EnableSsl"] = "false",
        ["Smtp:From"] = "ips@example.org",
    };

    public static async Task<TestSmtp> StartAsync(TimeProvider? clock = null)
    {
        int port;
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }
        var smtp = new TestSmtp(port, clock ?? TimeProvider.System);
        for (var i = 0; i < 100 && !LocalHost.Azurite.Answers(port); i++)
            await Task.Delay(50);
        return smtp;
    }

    public async ValueTask DisposeAsync()
    {
        server.Shutdown();
        await stop.CancelAsync();
        try
        {
            await running;
        }
        catch (OperationCanceledException)
        {
        }
        stop.Dispose();
    }

    private sealed class Store(TestSmtp owner, TimeProvider clock) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            var message = await MimeMessage.LoadAsync(stream, cancellationToken);
            var mail = new Mail(message.To.Mailboxes.Single().Address, message.Subject ?? "", message.TextBody ?? "", message.MessageId, clock.GetUtcNow())
            {
                FromName = message.From.Mailboxes.Single().Name,
                Html = message.HtmlBody,
            };
            lock (owner.mails)
                owner.mails.Add(mail);
            return SmtpResponse.Ok;
        }
    }
}
