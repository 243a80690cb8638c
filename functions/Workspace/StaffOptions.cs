using System.ComponentModel.DataAnnotations;

namespace IpsMonitor.Workspace;

/// <summary>Settings under "Staff:" for the staff workspace in the browser.</summary>
internal sealed class StaffOptions
{
    /// <summary>Hours a browser session lasts after its last use (sliding), 1 to 24; default 8, a working day.</summary>
    [Range(1, 24)]
    public int SessionHours { get; set; } = 8;
}
