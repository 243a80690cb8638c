using System.ComponentModel.DataAnnotations;

namespace IpsMonitor.Workbooks;

/// <summary>Limits on on-demand workbook builds, which read a whole programme each (settings under <c>Workbooks:</c>).</summary>
internal sealed class WorkbookOptions
{
    /// <summary>
    /// Builds a programme may have waiting or running at once. A build reads every row of the programme, so a burst of
    /// requests (every quarter since 2000, say) would keep the queue busy for everyone; three covers "this quarter, the
    /// last one and a correction".
    /// </summary>
    [Range(1, 50)]
    public int MaxPendingBuilds { get; set; } = 3;
}
