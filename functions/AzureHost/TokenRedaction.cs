using System.Text.RegularExpressions;
using Microsoft.ApplicationInsights.Channel;
using Microsoft.ApplicationInsights.DataContracts;
using Microsoft.ApplicationInsights.Extensibility;

namespace IpsMonitor.AzureHost;

/// <summary>
/// A questionnaire link is the respondent's only credential, so its token never leaves the app in telemetry: every item's
/// URL, name, message and properties have "q/&lt;token&gt;" replaced by the route template "q/{token}".
/// </summary>
internal sealed partial class TokenRedaction : ITelemetryInitializer
{
    public const string Template = "q/{token}";

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

    /// <summary>Replaces every questionnaire token in the text; null and token-free text come back unchanged.</summary>
    public static string Redact(string? text) => text is null ? null! : Token().Replace(text, Template);

    // A token is 43 base64url characters (256 bits). Sixteen or more after "q/" are taken as one, so a shorter path
    // segment (a programme called "q" followed by "candidates", say) stays readable, and a mangled token still goes.
    [GeneratedRegex(@"(?<![A-Za-z0-9_-])q/[A-Za-z0-9_-]{16,}", RegexOptions.CultureInvariant)]
    private static partial Regex Token();
}
