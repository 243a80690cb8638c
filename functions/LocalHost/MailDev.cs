using System.Diagnostics;
using System.Globalization;

namespace IpsMonitor.LocalHost;

/// <summary>
/// The local mail inbox: MailDev, pinned in package.json, with SMTP and a web inbox on loopback. The run command starts it
/// when no SMTP server is configured (Smtp:Host empty), so every mail the app sends locally can be read and its links
/// followed; it keeps its mail under .maildev/ (LocalHost:MailDirectory) and stops with the app. LocalHost:MailInbox=false
/// leaves it out; LocalHost:MailSmtpPort and MailWebPort move it from 1025 and 1080.
/// </summary>
internal sealed class MailDev : IDisposable
{
    public const int DefaultSmtpPort = 1025;
    public const int DefaultWebPort = 1080;

    private readonly Process? process;

    private MailDev(Process? process, int smtpPort, int webPort)
    {
        this.process = process;
        SmtpPort = smtpPort;
        Inbox = new Uri($"http://127.0.0.1:{webPort.ToString(CultureInfo.InvariantCulture)}/");
    }

    public int SmtpPort { get; }

    public Uri Inbox { get; }

    /// <summary>The settings that send the app's mail to this inbox.</summary>
    public IEnumerable<KeyValuePair<string, string?>> SmtpSettings() =>
    [
        new("Smtp:Host", "127.0.0.1"),
        new("Smtp:Port", SmtpPort.ToString(CultureInfo.InvariantCulture)),
        new("Smtp:EnableSsl", "false"),
    ];

    /// <summary>
    /// Null when mail goes elsewhere (Smtp:Host set) or the inbox is switched off. When something answers on both ports
    /// already (a MailDev of an earlier run, say), that one is used and left running.
    /// </summary>
    public static async Task<MailDev?> ForLocalMailAsync(IConfiguration config, string appRoot)
    {
        if (!string.IsNullOrWhiteSpace(config["Smtp:Host"]) || string.Equals(config["LocalHost:MailInbox"], "false", StringComparison.OrdinalIgnoreCase))
            return null;
        var smtpPort = int.TryParse(config["LocalHost:MailSmtpPort"], CultureInfo.InvariantCulture, out var s) ? s : DefaultSmtpPort;
        var webPort = int.TryParse(config["LocalHost:MailWebPort"], CultureInfo.InvariantCulture, out var w) ? w : DefaultWebPort;
        if (Azurite.Answers(smtpPort) && Azurite.Answers(webPort))
            return new MailDev(null, smtpPort, webPort);
        var directory = config["LocalHost:MailDirectory"] is { Length: > 0 } d ? d : Path.Combine(appRoot, ".maildev");
        return await StartAsync(appRoot, smtpPort, webPort, directory);
    }

    private static async Task<MailDev> StartAsync(string appRoot, int smtpPort, int webPort, string directory)
    {
        var script = Path.Combine(appRoot, "node_modules", "maildev", "dist", "bin", "maildev.js");
        var process = await NodeTool.StartAsync(appRoot, script,
            $"--silent --ip 127.0.0.1 --web-ip 127.0.0.1 --smtp {smtpPort} --web {webPort} " +
            $"--mail-directory \"{directory}\"", "MailDev");
        var inbox = new MailDev(process, smtpPort, webPort);
        await NodeTool.WaitAsync(process, inbox, $"MailDev did not answer on ports {smtpPort} (SMTP) and {webPort} (inbox).",
            smtpPort, webPort);
        return inbox;
    }

    public void Dispose()
    {
        if (process is null)
            return;
        if (!process.HasExited)
            process.Kill(entireProcessTree: true);
        process.Dispose();
    }
}
