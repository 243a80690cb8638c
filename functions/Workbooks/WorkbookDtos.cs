namespace IpsMonitor.Workbooks;

/// <summary>
/// One downloadable workbook in the list. An external workbook has its version: 1 is the one frozen when the quarter
/// closed, each correction one more; builtAt is when that version was built.
/// </summary>
public sealed record WorkbookDto(string Quarter, string Variant, DateTimeOffset BuiltAt, long Size, string BuildId, string DownloadUrl, int? Version);

/// <summary>
/// An on-demand build as the status route shows it; the error text, in plain words, is there only when it failed.
/// SkippedRows lists the stored rows the build left out because they could not be used, each with its reason.
/// </summary>
public sealed record BuildRequestDto(
    string RequestId, string Quarter, BuildRequestState Status, DateTimeOffset RequestedAt, DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt, string? BuildId, string? Error, IReadOnlyList<SkippedRow> SkippedRows, string StatusUrl, string WorkbooksUrl);

internal static class WorkbookDtos
{
    public static IEnumerable<WorkbookDto> AsDtos(this WorkbookManifest manifest, string workbooksUrl) =>
        manifest.Files.Select(f => new WorkbookDto(
            manifest.Quarter, WorkbookBlobs.VariantName(f.Variant), f.BuiltAt ?? manifest.BuiltAt, f.Size, manifest.BuildId,
            $"{workbooksUrl}/{manifest.Quarter}/{WorkbookBlobs.VariantName(f.Variant)}", f.Version));

    public static BuildRequestDto AsDto(this BuildRequest r, string statusUrl, string workbooksUrl) =>
        new(r.RequestId, r.Quarter.ToString(), r.State, r.RequestedAt, r.StartedAt, r.FinishedAt, r.BuildId,
            r.Failure is { } failure ? BuildFailures.English(failure) : null, r.SkippedRows, statusUrl, workbooksUrl);

    /// <summary>
    /// The URL of the programme's workbooks, taken from the route the caller used, so links hold whatever the route
    /// prefix is. Relative to the host: the same links work behind a proxy.
    /// </summary>
    public static string WorkbooksUrl(HttpRequest request, string programmeId)
    {
        var path = request.Path.Value ?? "";
        return $"{request.PathBase}{path[..(path.IndexOf("/programmes/", StringComparison.Ordinal) + 1)]}programmes/{programmeId}/workbooks";
    }
}
