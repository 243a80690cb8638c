using System.IO.Compression;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.ResponseCompression;

namespace IpsMonitor.Platform;

/// <summary>
/// Brotli or gzip for pages, JSON and CSV when the client asks for it (Accept-Encoding), in both hosts: ASP.NET Core's
/// response compression middleware. The xlsx is a zip already and is not in the list, so it goes out as it is. Why this is
/// safe with tokens in pages (BREACH) is in docs/reliability.md: a page with a secret is only answered to a request
/// carrying the SameSite=Strict session cookie, and the antiforgery token differs on every answer.
/// </summary>
internal static class Compression
{
    public static readonly string[] MediaTypes = ["text/html", "application/json", "application/problem+json", "text/csv"];

    public static IServiceCollection AddCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(o =>
        {
            // Clients reach both hosts over HTTPS in Azure (the local host is loopback HTTP): see the BREACH note above.
            o.EnableForHttps = true;
            o.MimeTypes = MediaTypes;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
        });
        // Fastest: the answers are small and the instance is shared; the gain over Optimal is a few percent.
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        return services;
    }

    /// <summary>
    /// In the Azure worker the ASP.NET Core pipeline belongs to the Functions integration; a startup filter puts the
    /// middleware in front of it, as the local host does with <c>UseResponseCompression</c>.
    /// </summary>
    public sealed class StartupFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.UseResponseCompression();
            next(app);
        };
    }
}
