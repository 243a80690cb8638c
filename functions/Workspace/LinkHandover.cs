using IpsMonitor.CheckIns;
using IpsMonitor.Questionnaires;
using QRCoder;

namespace IpsMonitor.Workspace;

/// <summary>
/// "Vragenlijst nu klaarzetten": the new link as text to copy and as a QR code (SVG, drawn on the server) for the
/// candidate to scan from the coach's screen. Shown once, on the page that answered the form; it is not stored in clear.
/// </summary>
internal static class LinkHandover
{
    public static string Render(StaffText t, LinkDto link, bool mailAsked)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(link.Link, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(8, "#000000", "#ffffff", drawQuietZones: true, sizingMode: SvgQRCode.SizingMode.ViewBoxAttribute);
        return $"""
            <section class="notice" id="handover" aria-labelledby="link-title">
            <h2 id="link-title">{(link.Invitation.Respondent == Respondent.Candidate ? t.LinkReadyCandidate : t.LinkReadySupervisor)}</h2>
            <p class="link-text" data-link>{Html.Encode(link.Link)}</p>
            <div class="qr" role="img" aria-label="{t.QrLabel}">{svg}</div>
            <p>{(link.Emailed ? t.LinkMailed : mailAsked ? t.LinkNotMailedAsked + " " + t.LinkNotMailed : t.LinkNotMailed)} {string.Format(t.Culture, t.LinkValidUntil, StaffLayout.Date(link.Invitation.ExpiresAt, t))}</p>
            </section>
            """;
    }
}
