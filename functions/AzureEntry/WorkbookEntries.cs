using IpsMonitor.Workbooks;
using Microsoft.Azure.Functions.Worker;

namespace IpsMonitor.AzureEntry;

internal sealed class WorkbookEntries(
    BuildQuarterlyWorkbooks scheduled, BuildRequestedWorkbook requested, ListWorkbooks list, DownloadWorkbook download, RequestWorkbookBuild requestBuild,
    GetWorkbookBuild getBuild)
{
    [Function(FunctionMetadata.BuildQuarterlyWorkbooks.Name)]
    public Task BuildQuarterlyWorkbooks([TimerTrigger(FunctionMetadata.BuildQuarterlyWorkbooks.Schedule)] TimerInfo timer, CancellationToken ct) => scheduled.Run(timer.AsStatus(), ct);

    [Function(FunctionMetadata.BuildRequestedWorkbook.Name)]
    public Task BuildRequestedWorkbook([QueueTrigger(FunctionMetadata.BuildRequestedWorkbook.Queue)] WorkbookRequest message, CancellationToken ct) => requested.Run(message, ct);

    [Function(FunctionMetadata.ListWorkbooks.Name)]
    public Task<IResult> ListWorkbooks([HttpTrigger(AuthorizationLevel.Anonymous, FunctionMetadata.ListWorkbooks.Method, Route = FunctionMetadata.ListWorkbooks.Route)] HttpRequest request, string programmeId, CancellationToken ct) => list.Run(request, programmeId, ct);

    [Function(FunctionMetadata.DownloadWorkbook.Name)]
    public Task<IResult> DownloadWorkbook([HttpTrigger(AuthorizationLevel.Anonymous, FunctionMetadata.DownloadWorkbook.Method, Route = FunctionMetadata.DownloadWorkbook.Route)] HttpRequest request, string programmeId, string quarter, string variant, CancellationToken ct) => download.Run(request, programmeId, quarter, variant, ct);

    [Function(FunctionMetadata.RequestWorkbookBuild.Name)]
    public Task<IResult> RequestWorkbookBuild([HttpTrigger(AuthorizationLevel.Anonymous, FunctionMetadata.RequestWorkbookBuild.Method, Route = FunctionMetadata.RequestWorkbookBuild.Route)] HttpRequest request, string programmeId, string quarter, CancellationToken ct) => requestBuild.Run(request, programmeId, quarter, ct);

    [Function(FunctionMetadata.GetWorkbookBuild.Name)]
    public Task<IResult> GetWorkbookBuild([HttpTrigger(AuthorizationLevel.Anonymous, FunctionMetadata.GetWorkbookBuild.Method, Route = FunctionMetadata.GetWorkbookBuild.Route)] HttpRequest request, string programmeId, string quarter, string requestId, CancellationToken ct) => getBuild.Run(request, programmeId, quarter, requestId, ct);
}
