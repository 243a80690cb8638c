using QRCoder;

namespace IpsMonitor.Workspace;

/// <summary>A link just made, as the coach hands it over: its heading, the link, its QR code and what happened to the mail.</summary>
public sealed record HandoverLinkView(string Heading, string Link, string QrSvg, string Note);

/// <summary>
/// "Vragenlijst nu klaarzetten": the new link as text to copy and as a QR code (SVG, drawn on the server) for the
/// candidate to scan from the coach's screen. Shown once, on the page that answered the form; it is not stored in clear.
/// </summary>
internal static class LinkHandover
{
    public static HandoverLinkView View(StaffText t, LinkDto link, bool mailAsked)
    {
        var mail = link.Emailed ? t.LinkMailed : mailAsked ? t.LinkNotMailedAsked + " " + t.LinkNotMailed : t.LinkNotMailed;
        var heading = link.Invitation.Respondent == Respondent.Candidate ? t.LinkReadyCandidate : t.LinkReadySupervisor;
        return new HandoverLinkView(heading, link.Link, Qr(link.Link),
            mail + " " + string.Format(t.Culture, t.LinkValidUntil, StaffLayout.Date(link.Invitation.ValidThrough, t)));
    }

    /// <summary>The link as a QR code, SVG drawn on the server.</summary>
    public static string Qr(string link)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(link, QRCodeGenerator.ECCLevel.M);
        // QRCoder draws the modules as paths; the link itself never appears in the SVG's markup.
        return new SvgQRCode(data).GetGraphic(8, "#000000", "#ffffff", drawQuietZones: true, sizingMode: SvgQRCode.SizingMode.ViewBoxAttribute);
    }
}
