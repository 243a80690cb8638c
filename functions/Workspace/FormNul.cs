namespace IpsMonitor.Workspace;

/// <summary>
/// ASP.NET Core's form reader refuses the whole form when any value holds U+0000 (%00): antiforgery then finds no token,
/// and the person would see "Formulier verlopen" and lose everything typed. Before a staff form is read, each %00 becomes
/// %01, which is just as much a control character: the text rule then refuses it as an error of its own field, and the
/// form comes back with what was typed.
/// </summary>
internal static class FormNul
{
    /// <summary>Staff forms are a few kilobytes; a larger body is left as it came.</summary>
    private const int Limit = 256 * 1024;

    public static async Task ReplaceAsync(HttpRequest request, CancellationToken ct)
    {
        if (!HttpMethods.IsPost(request.Method)
            || !string.Equals(request.ContentType?.Split(';')[0].Trim(), "application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
            return;
        request.EnableBuffering();
        var body = await RequestBody.ReadLimitedAsync(request, ct, Limit);
        request.Body.Position = 0;
        if (body is null || !Contains(body))
            return;
        request.Body = new MemoryStream(Replaced(body));
    }

    private static bool Contains(byte[] body) => body.AsSpan().IndexOf("%00"u8) >= 0 || body.AsSpan().IndexOf((byte)0) >= 0;

    private static byte[] Replaced(byte[] body)
    {
        var text = System.Text.Encoding.Latin1.GetString(body).Replace("%00", "%01", StringComparison.Ordinal).Replace('\0', '\u0001');
        return System.Text.Encoding.Latin1.GetBytes(text);
    }
}
