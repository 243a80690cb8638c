using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Logging.Abstractions;

namespace IpsMonitor.Platform;

/// <summary>
/// Renders a Razor component to HTML, for the pages and the HTML part of the mails. Components here take view records and
/// read no services, so the renderer gets an empty service provider; a renderer per render keeps nothing between requests.
/// Razor encodes every value it writes; <see cref="MarkupString"/> is only for markup the app made itself.
/// </summary>
internal static class Views
{
    private static readonly IServiceProvider NoServices = new ServiceCollection().BuildServiceProvider();

    public static async Task<string> RenderAsync<TComponent>(IDictionary<string, object?> parameters) where TComponent : IComponent
    {
        // The count of rows this request left out so far reaches the layouts as a cascading value (see UnreadableRows).
        var around = new Dictionary<string, object?>
        {
            [nameof(CascadingValue<RowsLeftOut>.Value)] = new RowsLeftOut(UnreadableRows.Count),
            [nameof(CascadingValue<RowsLeftOut>.IsFixed)] = true,
            [nameof(CascadingValue<RowsLeftOut>.ChildContent)] = (RenderFragment)(builder =>
            {
                builder.OpenComponent<TComponent>(0);
                foreach (var (name, value) in parameters)
                    builder.AddComponentParameter(1, name, value);
                builder.CloseComponent();
            }),
        };
        await using var renderer = new HtmlRenderer(NoServices, NullLoggerFactory.Instance);
        return await renderer.Dispatcher.InvokeAsync(async () =>
            (await renderer.RenderComponentAsync<CascadingValue<RowsLeftOut>>(ParameterView.FromDictionary(around))).ToHtmlString());
    }

    /// <summary>
    /// The same page answer for a caller that cannot wait (a refusal made inside a gate): the component is rendered when
    /// the answer is written.
    /// </summary>
    public static IResult Page<TComponent>(IDictionary<string, object?> parameters, int status = StatusCodes.Status200OK)
        where TComponent : IComponent => new DeferredPage<TComponent>(parameters, status);

    private sealed class DeferredPage<TComponent>(IDictionary<string, object?> parameters, int status) : IResult
        where TComponent : IComponent
    {
        public async Task ExecuteAsync(HttpContext context) =>
            await (await PageAsync<TComponent>(parameters, status)).ExecuteAsync(context);
    }

    /// <summary>A page answer: the component's HTML with the pages' headers (CSP, no-store, nosniff, noindex).</summary>
    public static async Task<IResult> PageAsync<TComponent>(IDictionary<string, object?> parameters, int status = StatusCodes.Status200OK)
        where TComponent : IComponent =>
        CheckIns.RespondentPages.Html(await RenderAsync<TComponent>(parameters), status);
}

/// <summary>How many stored rows the request being answered could not read and left out, for the page to say so.</summary>
public sealed record RowsLeftOut(int Count);
