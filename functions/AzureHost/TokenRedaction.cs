using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.ApplicationInsights.Channel;
using Microsoft.ApplicationInsights.DataContracts;
using Microsoft.ApplicationInsights.Extensibility;

namespace IpsMonitor.AzureHost;

/// <summary>
/// A personal link (a questionnaire, "Mijn ontwikkeling") is its holder's only credential, so its token never leaves the
/// app in telemetry: every item's URL, name, message and properties have "q/&lt;token&gt;", "d/&lt;token&gt;" and so on
/// replaced by the route template "q/{token}". Which routes carry a token is read from the functions' own
/// [HttpTrigger] routes (a "{token}" segment), so a new personal-link route is redacted without a change here.
/// </summary>
internal sealed class TokenRedaction : ITelemetryInitializer
{
    /// <summary>The route segment that marks a secret in the path.</summary>
    public const string TokenSegment = "{token}";

    /// <summary>Every route prefix followed by a token, such as "q/" and "d/", from the HTTP triggers of this app.</summary>
    public static readonly IReadOnlyList<string> SecretPrefixes = typeof(TokenRedaction).Assembly.GetTypes()
        .SelectMany(t => t.GetMethods())
        .SelectMany(m => m.GetParameters())
        .Select(p => p.GetCustomAttribute<HttpTriggerAttribute>()?.Route)
        .OfType<string>()
        .Select(route => route.IndexOf(TokenSegment, StringComparison.Ordinal) is var at and > 0 ? route[..at] : null)
        .OfType<string>()
        .Distinct(StringComparer.Ordinal)
        .Order(StringComparer.Ordinal)
        .ToList();

    private static readonly Regex Tokens = new(
        // A token is 43 base64url characters (256 bits). Sixteen or more after the prefix are taken as one, so a shorter
        // path segment (a programme called "q" followed by "candidates", say) stays readable, and a mangled token still goes.
        $"(?<![A-Za-z0-9_-])({string.Join('|', SecretPrefixes.Select(Regex.Escape))})[A-Za-z0-9_-]{{16,}}",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    public void Initialize(ITelemetry telemetry)
    {
        switch (telemetry)
        {
            case RequestTelemetry request:
                request.Name = Redact(request.Name);
                request.Url = request.Url is null ? null : new Uri(Redact(request.Url.ToString()));
                break;
            case DependencyTelemetry dependency:
                dependency.Name = Redact(dependency.Name);
                dependency.Data = Redact(dependency.Data);
                break;
            case TraceTelemetry trace:
                trace.Message = Redact(trace.Message);
                break;
            case ExceptionTelemetry exception:
                foreach (var details in exception.ExceptionDetailsInfoList)
                    details.Message = Redact(details.Message);
                break;
        }
        if (telemetry is ISupportProperties withProperties)
        {
            foreach (var (key, value) in withProperties.Properties.ToList())
                withProperties.Properties[key] = Redact(value);
        }
        if (telemetry.Context.Operation.Name is { } operation)
            telemetry.Context.Operation.Name = Redact(operation);
    }

    /// <summary>Replaces every personal-link token in the text; null and token-free text come back unchanged.</summary>
    public static string Redact(string? text) => text is null ? null! : Tokens.Replace(text, "$1" + TokenSegment);
}
