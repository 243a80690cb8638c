using MimeKit;

namespace IpsMonitor.CheckIns;

/// <summary>
/// Mails a questionnaire link, first or as a reminder, when an address is known and SMTP is configured. The mail holds
/// the link and nothing else personal.
/// </summary>
internal sealed partial class LinkMailer(IOptions<SmtpOptions> options, ILogger<LinkMailer> logger)
{
    public bool Enabled => !string.IsNullOrWhiteSpace(options.Value.Host);

    public Task<bool> TrySendAsync(string to, string link, Respondent respondent, string language, DateTimeOffset expiresAt, CancellationToken ct) =>
        TrySendAsync(new LinkMail(to, link, respondent, language, expiresAt, Reminder: false, MessageId: null), ct);

    /// <summary>False when off or when the server refused; the check-in stays open either way.</summary>
    public async Task<bool> TrySendAsync(LinkMail mail, CancellationToken ct)
    {
        var o = options.Value;
        if (string.IsNullOrWhiteSpace(o.Host))
            return false;
        var until = Platform.ProgrammeTime.LastDay(mail.ExpiresAt);
        var words = MailText.For(mail.Language);
        var (subject, text) = words.Compose(mail.Respondent, mail.Reminder, mail.Link, until);
        using var message = new MimeMessage();
        message.From.Add(new MailboxAddress(o.FromName, MailboxAddress.Parse(o.From).Address));
        message.To.Add(MailboxAddress.Parse(mail.To));
        message.Subject = subject;
        if (mail.MessageId is not null)
            message.MessageId = mail.MessageId;
        // Plain text for every client, and the same words as HTML so the link is one tap in clients that do not link text.
        message.Body = new BodyBuilder { TextBody = text, HtmlBody = await HtmlAsync(text, mail.Link, words.Lang) }.ToMessageBody();
        // The invitation stays open and the coach can still hand the link over.
        if (await SmtpDelivery.SendAsync(message, o, o.Host, ct) is not { } failure)
            return true;
        LogFailed(mail.Respondent, mail.Reminder, failure);
        return false;
    }

    private static Task<string> HtmlAsync(string text, string link, string lang) =>
        Platform.Views.RenderAsync<LinkMailBody>(new Dictionary<string, object?>
        {
            [nameof(LinkMailBody.Lang)] = lang,
            [nameof(LinkMailBody.Paragraphs)] = MailParagraph.Of(text, link),
        });

    // The exception itself is not logged: its message can carry the recipient's address.
    [LoggerMessage(Level = LogLevel.Warning, Message = "Mailing a {Respondent} questionnaire link (reminder: {Reminder}) failed: {Status}")]
    private partial void LogFailed(Respondent respondent, bool reminder, string status);
}

/// <summary>One mail of a link. MessageId is fixed for a reminder, so a copy sent twice is recognisably the same mail.</summary>
internal sealed record LinkMail(string To, string Link, Respondent Respondent, string Language, DateTimeOffset ExpiresAt, bool Reminder, string? MessageId);
