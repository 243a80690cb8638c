using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace IpsMonitor.CheckIns;

/// <summary>
/// Hands one message to the configured SMTP server (MailKit: Microsoft's docs point new code away from SmtpClient). A
/// refusal or a lost connection is an answer, not a crash: the caller gets a status to log, never the address, which an
/// exception's message can carry.
/// </summary>
internal static class SmtpDelivery
{
    /// <summary>Null when the server took the message; else the SMTP status code or the kind of failure.</summary>
    public static async Task<string?> SendAsync(MimeMessage message, SmtpOptions o, string host, CancellationToken ct)
    {
        try
        {
            using var client = new SmtpClient();
            var security = !o.EnableSsl ? SecureSocketOptions.None
                : o.Port == 465 ? SecureSocketOptions.SslOnConnect
                : SecureSocketOptions.StartTls;
            await client.ConnectAsync(host.Trim(), o.Port, security, ct);
            if (o.UserName is not null)
                await client.AuthenticateAsync(o.UserName, o.Password ?? "", ct);
            await client.SendAsync(message, ct);
            await client.DisconnectAsync(quit: true, ct);
            return null;
        }
        catch (Exception e) when (e is SmtpCommandException or SmtpProtocolException or ServiceNotConnectedException
            or AuthenticationException or SslHandshakeException or System.Net.Sockets.SocketException or IOException)
        {
            return e is SmtpCommandException c ? c.StatusCode.ToString() : e.GetType().Name;
        }
    }
}
