namespace IpsMonitor.Questionnaires;

/// <summary>The document around every page: no scripts, no external assets, not indexed, no referrer (links carry tokens).</summary>
internal static class PageLayout
{
    public static string Document(string lang, string title, string body) => $"""
        <!doctype html>
        <html lang="{Html.Encode(lang)}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="robots" content="noindex">
        <meta name="referrer" content="no-referrer">
        <title>{Html.Encode(title)}</title>
        <style>
        {PageStyle.Css}
        </style>
        </head>
        <body>
        <main>
        {body}
        </main>
        </body>
        </html>

        """;
}
