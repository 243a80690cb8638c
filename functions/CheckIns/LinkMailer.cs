using System.ComponentModel.DataAnnotations;
using System.Net.Mail;
using Microsoft.Extensions.Options;

namespace IpsMonitor.CheckIns;

internal sealed class SmtpOptions
{
    public const string Section = "Smtp";

    /// <summary>Empty means off: links are then handed over by the coach.</summary>
    public string? Host { get; set; }

    [Range(1, 65535)]
    public int Port { get; set; } = 25;

    public bool EnableSsl { get; set; } = true;

    [EmailAddress]
    public string From { get; set; } = "noreply@ipsmonitor.invalid";

    public string? UserName { get; set; }

    public string? Password { get; set; }
}

/// <summary>Mails a questionnaire link when an address is known and SMTP is configured. The mail holds the link and nothing else personal.</summary>
internal sealed partial class LinkMailer(IOptions<SmtpOptions> options, ILogger<LinkMailer> logger)
{
    public bool Enabled => !string.IsNullOrWhiteSpace(options.Value.Host);

    public async Task<bool> TrySendAsync(string to, string link, Respondent respondent, string language, DateTimeOffset expiresAt, CancellationToken ct)
    {
        if (!Enabled)
            return false;
        var o = options.Value;
        var english = language == "en";
        var until = Platform.ProgrammeTime.DateOf(expiresAt);
        var (subject, text) = (respondent, english) switch
        {
            (Respondent.Candidate, false) => ("Je korte vragenlijst staat klaar", $"Hoi,\n\nJe korte vragenlijst over je werk staat klaar. Het duurt een paar minuten.\n\n{link}\n\nDe link werkt tot {until:dd-MM-yyyy}. Vragen? Neem contact op met je IPS-begeleider.\n"),
            (Respondent.Candidate, true) => ("Your short questionnaire is ready", $"Hi,\n\nYour short questionnaire about your work is ready. It takes a few minutes.\n\n{link}\n\nThe link works until {until:yyyy-MM-dd}. Questions? Contact your IPS job coach.\n"),
            (_, false) => ("Korte check-in over de begeleiding op het werk", $"Goedendag,\n\nMet toestemming van uw medewerker vragen wij u om een korte check-in (een paar minuten).\n\n{link}\n\nDe link werkt tot {until:dd-MM-yyyy}. Vragen? Neem contact op met de IPS-begeleider.\n"),
            (_, true) => ("Short check-in about support at work", $"Hello,\n\nWith your employee's consent we ask you for a short check-in (a few minutes).\n\n{link}\n\nThe link works until {until:yyyy-MM-dd}. Questions? Contact the IPS job coach.\n"),
        };
        try
        {
            using var client = new SmtpClient(o.Host, o.Port) { EnableSsl = o.EnableSsl };
            if (o.UserName is not null)
                client.Credentials = new System.Net.NetworkCredential(o.UserName, o.Password);
            // Mail lines end in CRLF; a bare LF would be sent as an encoded character.
            using var message = new MailMessage(o.From, to, subject, text.Replace("\n", "\r\n", StringComparison.Ordinal));
            await client.SendMailAsync(message, ct);
            return true;
        }
        catch (SmtpException e)
        {
            // The invitation stays open and the coach can still hand the link over; the address is not logged.
            LogFailed(respondent, e.StatusCode);
            return false;
        }
    }

    // The exception itself is not logged: its message can carry the recipient's address.
    [LoggerMessage(Level = LogLevel.Warning, Message = "Mailing a {Respondent} questionnaire link failed: {Status}")]
    private partial void LogFailed(Respondent respondent, SmtpStatusCode status);
}
