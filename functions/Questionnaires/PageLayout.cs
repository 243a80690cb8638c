namespace IpsMonitor.Questionnaires;

/// <summary>The document around every page: no scripts, no external assets, not indexed, no referrer (links carry tokens).</summary>
internal static class PageLayout
{
    /// <param name="extraCss">Rules a page adds to the shared style sheet (for example the development view's charts).</param>
    public static string Document(string lang, string title, string body, string extraCss = "") => $"""
        <!doctype html>
        <html lang="{Html.Encode(lang)}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="robots" content="noindex">
        <meta name="referrer" content="no-referrer">
        <title>{Html.Encode(title)}</title>
        <style>
        {PageStyle.Css}{extraCss}
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
