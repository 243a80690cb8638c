namespace IpsMonitor.Workspace;

/// <summary>
/// One stylesheet for the staff pages: readable at 1280, 768 and 390 px and at 200% text (tables become stacked cards
/// below 48em), visible focus, 44 px targets (24 px in the phone menu, so it wraps compactly), headings and labels
/// that break between words, and a print style that puts the driegesprek agenda on one A4 page (lists in two columns
/// that may continue a list in the next column, each list's first items, long answers shortened: see DriegesprekView).
/// The agenda prints in compact type no smaller than 8pt; the chart labels are enlarged on paper because a chart shrinks
/// to a third of the page and its labels with it.
/// </summary>
internal static class StaffStyle
{
    /// <summary>The style sheet for the layout component: the app's own constant, never input.</summary>
    public static readonly Microsoft.AspNetCore.Components.MarkupString Markup = new(Css);

    /// <remarks>
    /// On a phone a fieldset inside a fieldset (an agreement, a decision) keeps only a rule above it and its fields take the
    /// full width: the padding grows with the text and would leave a date field too narrow to show its year at 200%.
    /// </remarks>
    public const string Css = """
        *,*::before,*::after{box-sizing:border-box}
        html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
        body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;line-height:1.5;color:#1a1a1a;background:#fff;overflow-wrap:anywhere}
        main{max-width:72rem;margin:0 auto;padding:1rem}
        h1{font-size:1.6rem;line-height:1.25;margin:.5rem 0 1rem}
        h2{font-size:1.3rem;margin:2rem 0 .75rem}
        h3{font-size:1.1rem;margin:1.25rem 0 .5rem}
        a{color:#0a4b85;text-underline-offset:.15em}
        :focus-visible{outline:3px solid #1a1a1a;outline-offset:2px}
        .top{background:#0b3d6e;color:#fff}
        .top nav{max-width:72rem;margin:0 auto;padding:.25rem 1rem;display:flex;flex-wrap:wrap;gap:.25rem 1.25rem;align-items:center}
        .top a,.top .link{color:#fff;display:inline-flex;align-items:center;min-height:44px}
        .top :focus-visible{outline-color:#fff}
        .skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:.5rem;background:#fff;color:#0b3d6e;padding:.5rem;z-index:2}
        .inline{display:inline;margin:0}
        button,.button{font:inherit;font-weight:600;min-height:44px;padding:.5rem 1rem;border-radius:.375rem;border:2px solid #0b5cad;background:#0b5cad;color:#fff;cursor:pointer}
        button.secondary{background:#fff;color:#0b5cad}
        button.link{background:none;border:0;padding:0;text-decoration:underline;font-weight:400}
        label{display:block;font-weight:600;margin:.75rem 0 .25rem}
        input,select,textarea{font:inherit;border:2px solid #5f6368;border-radius:.375rem;padding:.4rem .6rem;max-width:100%;min-height:44px}
        textarea{width:100%;min-height:5rem}
        fieldset{border:1px solid #c4c7c5;border-radius:.5rem;margin:0 0 1rem;padding:.5rem 1rem 1rem;min-width:0}
        .hint{color:#474747;font-weight:400;margin:0 0 .25rem}
        .title-code{display:block;font-size:.95rem;font-weight:400;color:#474747}
        .error{color:#a4161a;font-weight:600}
        .field-error{color:#a4161a;font-weight:600;margin:0 0 .25rem}
        [aria-invalid=true]{border-color:#a4161a}
        .errors{border:3px solid #a4161a;border-radius:.5rem;padding:.75rem 1rem;margin:0 0 1rem}
        .notice{border-left:5px solid #0b5cad;background:#eef4fb;padding:.75rem 1rem;margin:0 0 1rem}
        .notice:focus{outline:3px solid #1a1a1a;outline-offset:2px}
        .warning{border-left:5px solid #a4161a;background:#fdf0f0;padding:.75rem 1rem;margin:0 0 1rem}
        .buttons{display:flex;flex-wrap:wrap;gap:.75rem 1.5rem;align-items:center}
        button.danger{background:#a4161a;border-color:#a4161a}
        .filters{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:flex-end;margin:0 0 1rem}
        .filters label{margin:0}
        .filters>div{min-width:0;max-width:100%}
        select{max-width:100%}
        table{border-collapse:collapse;width:100%}
        th,td{text-align:left;vertical-align:top;padding:.5rem;border-bottom:1px solid #d0d4d9}
        th{background:#f3f5f7}
        .badge{display:inline-block;border-radius:1rem;padding:0 .6rem;margin:0 .25rem .25rem 0;font-size:.9rem;font-weight:600;border:2px solid}
        .badge.urgent{background:#fde8e8;color:#7d1014;border-color:#a4161a}
        .badge.attention{background:#fff4dc;color:#5c3b00;border-color:#8a5a00}
        .badge.info{background:#e8f1fb;color:#0a3d6b;border-color:#0b5cad}
        .cards{display:grid;gap:1rem;grid-template-columns:repeat(auto-fit,minmax(min(100%,20rem),1fr))}
        .card{border:1px solid #c4c7c5;border-radius:.5rem;padding:.75rem 1rem}
        .signal{border:1px solid #c4c7c5;border-radius:.5rem;padding:.75rem 1rem;margin:0 0 1rem}
        .signal.resolved{opacity:.85}
        dl.facts{display:grid;grid-template-columns:minmax(8rem,max-content) 1fr;gap:.25rem 1rem;margin:0}
        dl.facts dt{font-weight:600}dl.facts dd{margin:0}
        .charts{display:grid;gap:1rem;grid-template-columns:repeat(auto-fit,minmax(min(100%,16rem),1fr))}
        figure{margin:0}
        figcaption{font-weight:600}
        svg.chart{width:100%;height:auto;max-width:24rem}
        svg text{font-size:.75rem}
        .scroll{overflow-x:auto;max-width:100%}
        .scroll th,.scroll td{overflow-wrap:normal;word-break:normal}
        .legend{display:flex;flex-wrap:wrap;gap:.25rem 1rem;margin:.25rem 0 0;padding:0;list-style:none;font-size:.9rem}
        .key{display:inline-block;width:1.5rem;height:.25rem;vertical-align:middle;margin-right:.35rem}
        .key.candidate{background:#0b5cad}.key.supervisor{background:#b34700;border-top:.25rem dashed #fff}
        .key.coach{background:none;border-top:.25rem dotted #2f6b2f}
        .qr svg{width:16rem;height:16rem;max-width:100%}
        .visually-hidden{position:absolute!important;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
        label.choice{display:flex;gap:.5rem;align-items:center;font-weight:400;min-height:44px;margin:0}
        label.choice input{width:1.25rem;height:1.25rem;min-height:0;flex:none}
        .print-only,.paper-only{display:none}
        .agenda-header{font-weight:600}
        details{margin:.5rem 0}
        summary{cursor:pointer;min-height:44px;display:flex;align-items:center;color:#0a4b85;text-decoration:underline}
        .link-text{font-family:ui-monospace,monospace;word-break:break-all}
        h1,h2,h3,summary,legend,label,.top nav{overflow-wrap:break-word;hyphens:auto}
        @media (max-width:48em){
          .top nav{gap:0 .625rem;padding:0 .75rem;font-size:.875rem;line-height:1.2}
          .top a,.top .link{min-height:24px;padding:.125rem 0}
          table.stack thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
          table.stack,table.stack tbody,table.stack tr,table.stack td{display:block;width:100%}
          table.stack tr{border:1px solid #c4c7c5;border-radius:.5rem;margin:0 0 .75rem;padding:.25rem .5rem}
          table.stack td{border:0;padding:.25rem 0}
          table.stack td::before{content:attr(data-label) ": ";font-weight:600}
          dl.facts{grid-template-columns:1fr}
          fieldset{padding:.25rem .5rem .5rem}
          fieldset fieldset{border-width:1px 0 0;border-radius:0;padding:.25rem 0 .5rem}
          fieldset input:not([type=checkbox]):not([type=radio]),fieldset select{width:100%}
        }
        @media print{
          @page{size:A4;margin:12mm}
          body{font-size:10pt;line-height:1.3}
          #driegesprek{font-size:8.5pt;line-height:1.2}
          .top,.no-print,main>*:not(#driegesprek):not(#driegesprek-summary){display:none!important}
          main{max-width:none;padding:0}
          #driegesprek h2{margin:0 0 .15rem;font-size:12pt}
          .print-only{display:block}
          details.values{display:none}
          .charts{grid-template-columns:repeat(3,1fr);gap:.15rem .5rem}
          svg.chart{max-width:100%}
          #driegesprek ul{margin:0;padding-left:1.1em}
          #driegesprek li,#driegesprek dl.facts{break-inside:avoid}
          #driegesprek h3{margin:.3rem 0 .05rem;font-size:9pt;line-height:1.2;break-after:avoid}
          #driegesprek p{margin:0 0 .1rem}
          span.paper-only{display:inline}li.paper-only{display:list-item}p.paper-only,dt.paper-only,dd.paper-only{display:block}
          .agenda-lists{columns:2;column-gap:1rem}
          #driegesprek .legend{font-size:8pt;gap:0 .5rem;margin:0}
          #driegesprek .supervisor-comment{display:-webkit-box;-webkit-line-clamp:3;-webkit-box-orient:vertical;overflow:hidden}
          #driegesprek figcaption{font-size:8.5pt}
          #driegesprek svg text{font-size:15.5px}
          #driegesprek dl.facts{gap:0 .75rem}
          #driegesprek dl.facts dd.paper-only{grid-column:1/-1;padding-left:1em}
          #driegesprek .supervisor-voice{break-inside:avoid}
        }
        """;
}
