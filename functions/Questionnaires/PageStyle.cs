namespace IpsMonitor.Questionnaires;

/// <summary>
/// The one style sheet, inlined in every page so a page needs no other request. Mobile first at 360 px; text contrast is
/// at least 6.5:1 and borders at least 3:1 against their background; every tappable box is at least 48 px high. Every row
/// of boxes sizes its columns by the text (auto-fit), and long words may break, so at 320 px and 200% text everything
/// wraps into one column without sideways scrolling (WCAG 1.4.4 and 1.4.10).
/// </summary>
internal static class PageStyle
{
    public static readonly string Css = """
        *,*::before,*::after{box-sizing:border-box}
        html{font-size:112.5%;-webkit-text-size-adjust:100%;text-size-adjust:100%}
        body{margin:0;overflow-wrap:anywhere;line-height:1.5;color:#1a1a1a;background:#fff;
            font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
        main{max-width:40rem;margin:0 auto;padding:.75rem 1rem 3rem}
        h1{font-size:1.5rem;line-height:1.25;margin:.25rem 0 1rem}
        h2{font-size:1.25rem;line-height:1.3;margin:1.5rem 0 .75rem}
        p{margin:0 0 1rem}
        a{color:#0a4b85;text-underline-offset:.15em}
        a:hover{color:#062f52;text-decoration-thickness:3px}
        :focus-visible{outline:3px solid #1a1a1a;outline-offset:3px}
        .top{display:flex;flex-wrap:wrap;justify-content:flex-end;margin:0}
        .top a{display:inline-flex;align-items:center;min-height:48px;min-width:48px;padding:0 .5rem}
        .progress-text{margin:0 0 .25rem;font-weight:600}
        progress{display:block;width:100%;height:.75rem;accent-color:#0b5cad;margin-bottom:1.25rem}
        .item{border:0;margin:0 0 2rem;padding:0;min-width:0;scroll-margin-top:1rem}
        .item.invalid{border-left:5px solid #a4161a;padding-left:.75rem}
        legend,.label{display:block;float:none;width:100%;padding:0;margin:0 0 .5rem;font-weight:600}
        .optional,.hint{font-weight:400;color:#474747}
        .hint{margin:0 0 .75rem}
        .field-error{color:#a4161a;font-weight:600;margin:0 0 .5rem}
        .boxes{display:grid;gap:.5rem}
        .boxes.yesno{grid-template-columns:repeat(auto-fit,minmax(min(100%,7rem),1fr))}
        .box{min-width:0;display:flex;align-items:center;gap:.75rem;min-height:48px;padding:.625rem .875rem;border:2px solid #5f6368;border-radius:.5rem;background:#fff;cursor:pointer}
        .box input{width:1.5rem;height:1.5rem;margin:0;flex:none;accent-color:#0b5cad;cursor:pointer}
        .box:has(input:checked){border-color:#0b5cad;background:#e8f1fb;box-shadow:inset 0 0 0 2px #0b5cad}
        .box:has(input:focus-visible){outline:3px solid #1a1a1a;outline-offset:2px}
        .box:has(input[aria-invalid=true]):not(:has(input:checked)){border-color:#a4161a}
        .scale{gap:.375rem;grid-template-columns:repeat(auto-fit,minmax(min(100%,2.5rem),1fr))}
        .scale .box{flex-direction:column;justify-content:center;gap:.25rem;padding:.5rem .125rem;min-height:4.5rem;font-weight:600;text-align:center}
        .scale-ends{display:flex;flex-wrap:wrap;justify-content:space-between;gap:.25rem 1rem;margin:.5rem 0 0;color:#474747}
        .scale-ends span{flex:1 1 6rem;min-width:0}
        .scale-ends .mid{text-align:center}
        .scale-ends .max{text-align:right}
        .number{display:flex;flex-wrap:wrap;align-items:center;gap:.5rem .75rem}
        input[type=text],textarea{font:inherit;color:inherit;background:#fff;border:2px solid #5f6368;border-radius:.375rem;padding:.5rem .75rem}
        input[type=text]{width:7.5rem;max-width:100%;min-height:48px}
        textarea{display:block;width:100%;min-height:9rem;resize:vertical}
        input[aria-invalid=true],textarea[aria-invalid=true]{border-color:#a4161a;border-width:3px}
        .buttons{display:flex;flex-direction:column;align-items:stretch;gap:.75rem;margin-top:2rem}
        button{font:inherit;font-weight:600;min-height:48px;padding:.75rem 1.5rem;border-radius:.5rem;border:2px solid #0b5cad;cursor:pointer}
        .primary{background:#0b5cad;color:#fff}
        .primary:hover{background:#084a8c}
        .secondary{background:#fff;color:#0b5cad}
        .error-summary{border:4px solid #a4161a;border-radius:.5rem;padding:1rem;margin:0 0 1.5rem}
        .error-summary h2{margin-top:0}
        .error-summary ul{margin:0;padding-left:1.25rem}
        .error-summary li{margin-bottom:.5rem}
        .error-summary a{color:#a4161a}
        .top .link{background:none;border:0;border-radius:0;color:#0a4b85;font-weight:400;text-decoration:underline;text-underline-offset:.15em;padding:0 .5rem;min-width:48px}
        .check{margin:.75rem 0 0;padding:.75rem;border-left:5px solid #0b5cad;background:#f2f7fc}
        .check p{margin:0 0 .5rem}
        .check-summary{border-color:#0b5cad}
        .check-summary a{color:#0a4b85}
        .notice{padding:.75rem;border-left:5px solid #0b5cad;background:#f2f7fc}
        .about,.help,.reach{border:2px solid #5f6368;border-radius:.5rem;padding:.75rem 1rem;margin:0 0 1.5rem}
        .about h2,.help h2,.reach h2{font-size:1.1rem;margin:0 0 .5rem}
        .about ul{margin:0;padding:0;list-style:none}
        .about-label{font-weight:600}
        .help,.reach{margin-top:2.5rem}
        .help p:last-child,.reach p:last-child{margin-bottom:0}
        .visually-hidden{position:absolute!important;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
        @media (min-width:40em){.buttons{align-items:flex-start}}
        """;

    /// <summary>The style sheet for the layout component (after Css: static fields start in the order they are written).</summary>
    public static readonly Microsoft.AspNetCore.Components.MarkupString Markup = new(Css);
}
