using System.Net.Sockets;

namespace IpsMonitor.Tests.CheckIns;

public sealed class SmtpTests
{
    /// <summary>A minimal SMTP server on loopback that records what it receives: the real protocol, no mail leaves the machine.</summary>
    internal sealed class SmtpSink : IAsyncDisposable
    {
        private readonly TcpListener listener = new(IPAddress.Loopback, 0);
        private readonly CancellationTokenSource stop = new();
        private readonly Task serving;

        public SmtpSink()
        {
            listener.Start();
            serving = ServeAsync();
        }

        public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

        public List<string> Messages { get; } = [];

        private async Task ServeAsync()
        {
            try
            {
                while (true)
                {
                    using var client = await listener.AcceptTcpClientAsync(stop.Token);
                    using var stream = client.GetStream();
                    using var reader = new StreamReader(stream, Encoding.ASCII);
                    await using var writer = new StreamWriter(stream, Encoding.ASCII) { AutoFlush = true, NewLine = "\r\n" };
                    await writer.WriteLineAsync("220 sink");
                    var data = new StringBuilder();
                    var inData = false;
                    while (await reader.ReadLineAsync(stop.Token) is { } line)
                    {
                        if (inData)
                        {
                            if (line == ".")
                            {
                                inData = false;
                                lock (Messages)
                                    Messages.Add(data.ToString());
                                await writer.WriteLineAsync("250 queued");
                            }
                            else
                                data.AppendLine(line);
                            continue;
                        }
                        var verb = line.Split(' ')[0].ToUpperInvariant();
                        await writer.WriteLineAsync(verb switch
                        {
                            "EHLO" or "HELO" => "250 sink",
                            "DATA" => "354 go ahead",
                            "QUIT" => "221 bye",
                            _ => "250 ok",
                        });
                        if (verb == "DATA")
                            (inData, data) = (true, new StringBuilder());
                        if (verb == "QUIT")
                            break;
                    }
                }
            }
            catch (OperationCanceledException)
            {
            }
        }

        public async ValueTask DisposeAsync()
        {
            await stop.CancelAsync();
            listener.Stop();
            await serving;
            stop.Dispose();
        }
    }

    [Fact]
    public async Task WithSmtpConfiguredTheLinkIsMailedAndWorks()
    {
        await using var sink = new SmtpSink();
        await using var p = await TestProgramme.StartAsync(new Dictionary<string, string?>
        {
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = sink.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Smtp:EnableSsl"] = "false",
            ["Smtp:From"] = "ips@example.org",
        });
        var id = await p.EnrolIdAsync(new DateOnly(2026, 9, 1), email: "kandidaat@example.org");

        var response = await p.CoachA.PostAsJsonAsync($"candidates/{id}/invitations", new { respondent = "candidate", sendByEmail = true });

        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(body.GetProperty("emailed").GetBoolean());
        var mail = Assert.Single(sink.Messages);
        Assert.Contains("kandidaat@example.org", mail, StringComparison.Ordinal);
        var token = body.GetProperty("link").GetString()!.Split('/')[^1];
        Assert.Contains(token, mail.Replace("=\r\n", "", StringComparison.Ordinal).Replace("=\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
        using var visitor = new Visitor(p, token);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync()).StatusCode);

        // The daily run mails the links of the check-ins it creates.
        var due = await p.EnrolIdAsync(p.Today.AddDays(-56), email: "tweede@example.org");
        await p.Service<IpsMonitor.CheckIns.ScheduleCheckIns>().RunProgrammeAsync(TestProgramme.Id, CancellationToken.None);
        Assert.Equal(2, sink.Messages.Count);
        Assert.Contains("tweede@example.org", sink.Messages[1], StringComparison.Ordinal);
        Assert.NotNull(due);

        // Running again mails nothing twice; a check-in that was created but never mailed is mailed on the next run.
        await p.Service<IpsMonitor.CheckIns.ScheduleCheckIns>().RunProgrammeAsync(TestProgramme.Id, CancellationToken.None);
        Assert.Equal(2, sink.Messages.Count);
        var today = p.Today;
        var third = await p.EnrolIdAsync(today.AddDays(-56), email: "derde@example.org");
        var invitations = p.Service<IpsMonitor.CheckIns.Invitations>();
        await p.Service<IpsMonitor.CheckIns.CheckInStore>().TryCreateAsync(TestProgramme.Id,
            invitations.New(third, $"c-{today.AddDays(-0):yyyyMMdd}", IpsMonitor.CheckIns.Respondent.Candidate, today, null), CancellationToken.None);
        await p.Service<IpsMonitor.CheckIns.ScheduleCheckIns>().RunProgrammeAsync(TestProgramme.Id, CancellationToken.None);
        Assert.Equal(3, sink.Messages.Count);
        Assert.Contains("derde@example.org", sink.Messages[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutSmtpNothingIsMailedAndTheCoachGetsTheLink()
    {
        await using var p = await TestProgramme.StartAsync();
        var id = await p.EnrolIdAsync(new DateOnly(2026, 9, 1), email: "kandidaat@example.org");

        var response = await p.CoachA.PostAsJsonAsync($"candidates/{id}/invitations", new { respondent = "candidate", sendByEmail = true });

        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(body.GetProperty("emailed").GetBoolean());
        Assert.StartsWith("http://", body.GetProperty("link").GetString(), StringComparison.Ordinal);
    }
}
